"use client";

import { useEffect } from "react";

/** What error.tsx and global-error.tsx show: what happened, a retry, and a way back. */
export function ErrorView({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <section className="status-page" aria-labelledby="status-heading">
      <h1 id="status-heading">Something went wrong</h1>
      <p className="lede">This page could not be shown. Your scenes and points are safe: try again, or go back to the scenes.</p>
      {error.digest ? <p className="muted">Reference for the server log: {error.digest}</p> : null}
      <p className="status-actions">
        <button type="button" className="button button-primary" onClick={retry}>
          Try again
        </button>
        {/* A full load: the app's client state may be what broke. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/scenarios" className="button">
          Back to the scenes
        </a>
      </p>
    </section>
  );
}
