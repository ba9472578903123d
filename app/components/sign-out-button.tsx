"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        // No next-auth redirect: its URL comes from NEXTAUTH_URL, which may not be the host the learner used;
        // a full load (not router.push) re-renders the server header without the session.
        await signOut({ redirect: false });
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login");
      }}
    >
      Sign out
    </button>
  );
}
