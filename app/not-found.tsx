import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section className="status-page" aria-labelledby="status-heading">
      <p className="status-code" aria-hidden="true">
        404
      </p>
      <h1 id="status-heading">Page not found</h1>
      <p className="lede">There is no page at this address. The scene may have been removed, or the link is mistyped.</p>
      <p className="status-actions">
        <Link href="/scenarios" className="button button-primary">
          Back to the scenes
        </Link>
      </p>
    </section>
  );
}
