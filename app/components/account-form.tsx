"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Field } from "./field";

type Props = { endpoint: "/api/v1/setup" | "/api/v1/signup"; submitLabel: string };
type Errors = Partial<Record<"name" | "email" | "password" | "form", string>>;

/** Creates an account through the JSON API, then signs in with the same credentials. */
export function AccountForm({ endpoint, submitLabel }: Props) {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setBusy(true);
    setErrors({});
    try {
      const response = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Errors } } | null;
        setErrors(payload?.error?.fields ?? { form: payload?.error?.message ?? "Could not create the account. Try again." });
        return;
      }
      const login = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
      window.location.assign(login?.ok ? "/scenarios" : "/login");
    } catch {
      setErrors({ form: "The server could not be reached. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  // POST: a submit before the page's script runs must not put the password in the address bar and history.
  return (
    <form method="post" className="stack" onSubmit={submit} noValidate>
      <Field label="Your name" name="name" autoComplete="name" required maxLength={100} error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={256}
        hint="At least 8 characters."
        error={errors.password}
      />
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Creating…" : submitLabel}
      </button>
    </form>
  );
}
