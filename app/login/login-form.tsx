"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Field } from "../components/field";

export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(next);
        return;
      }
      setError(
        result?.status === 429
          ? "Too many failed sign-ins. Wait a few minutes, then try again."
          : "Wrong email or password.",
      );
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  // POST: a submit before the page's script runs must not put the password in the address bar and history.
  return (
    <form method="post" className="stack" onSubmit={submit} noValidate>
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
