"use client";

import { useState } from "react";
import { ConfirmDialog } from "../components/confirm-dialog";
import { Field } from "../components/field";

export function DeleteAccount() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function remove(form: FormData) {
    const password = String(form.get("password") ?? "");
    setError(undefined);
    if (!password) return setError("Enter your password to confirm.");
    setBusy(true);
    try {
      const response = await fetch("/api/v1/me", { method: "DELETE", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ password }) });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(payload?.error?.message ?? `Could not delete the account (${response.status}).`);
        return;
      }
      // The server has ended the session; a full load shows the signed-out site.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/login");
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>Deletes your account, your rounds and messages, your points and your API tokens from this site. This cannot be undone.</p>
      <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
        Delete account…
      </button>
      <ConfirmDialog
        open={open}
        title="Delete your account?"
        confirmLabel={busy ? "Deleting…" : "Delete my account"}
        danger
        busy={busy}
        error={error}
        onConfirm={(form) => void remove(form)}
        onCancel={() => {
          setOpen(false);
          setError(undefined);
        }}
        fields={<Field label="Your password" name="password" id="delete-password" type="password" autoComplete="current-password" required data-autofocus />}
      >
        <p>Everything you did here is deleted at once: rounds, messages, points and API tokens. You are signed out.</p>
      </ConfirmDialog>
    </>
  );
}
