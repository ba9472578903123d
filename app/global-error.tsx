"use client";

import { ErrorView } from "./error-view";
import "./globals.css";

/** Replaces the root layout when the layout itself fails, so it brings its own html, body and header. */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <header className="app-header">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the layout is what broke */}
          <a href="/" className="brand">
            <span aria-hidden="true" className="brand-mark">
              A
            </span>
            Alltag
          </a>
        </header>
        <main id="main" className="page">
          <ErrorView error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
