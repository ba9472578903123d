import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { countUsers } from "@/db/queries/users";
import { env } from "@/lib/env";
import { AccountForm } from "../components/account-form";

export const metadata: Metadata = { title: "Sign up" };
export const dynamic = "force-dynamic";

export default function SignupPage() {
  if (countUsers() === 0) redirect("/setup");
  if (!env().ALLOW_SIGNUP) {
    return (
      <section className="auth-card">
        <h1>Sign-up is closed</h1>
        <p className="lede">This site does not take new accounts. Ask its owner to set one up for you.</p>
        <Link className="button" href="/login">
          Back to sign in
        </Link>
      </section>
    );
  }
  return (
    <section className="auth-card">
      <h1>Create an account</h1>
      <AccountForm endpoint="/api/v1/signup" submitLabel="Create account" />
      <p className="muted">
        Already have one? <Link href="/login">Sign in</Link>
      </p>
    </section>
  );
}
