"use client";

import { useState, type FormEvent } from "react";
import { Field } from "../components/field";
import { SaveRow } from "../components/save-row";

type Errors = Partial<Record<"current_password" | "new_password" | "form", string>>;

export function PasswordForm() {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = { current_password: String(form.get("current_password") ?? ""), new_password: String(form.get("new_password") ?? "") };
    setErrors({});
    setChanged(false);
    if (!body.current_password) return setErrors({ current_password: "Enter your current password." });
    setBusy(true);
    try {
      const response = await fetch("/api/v1/me/password", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Errors } } | null;
        setErrors(payload?.error?.fields ?? { form: payload?.error?.message ?? `Could not change the password (${response.status}).` });
        return;
      }
      formElement.reset();
      setChanged(true);
    } catch {
      setErrors({ form: "The server could not be reached. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  // POST: a submit before the page's script runs must not put the password in the address bar and history.
  return (
    <form method="post" className="stack narrow-form" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <Field label="Current password" name="current_password" type="password" autoComplete="current-password" required error={errors.current_password} />
      <Field
        label="New password"
        name="new_password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={256}
        hint="At least 8 characters."
        error={errors.new_password}
      />
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <SaveRow label="Change password" busyLabel="Changing…" busy={busy} done={changed} doneText="Password changed. You were signed out everywhere else." />
    </form>
  );
}
