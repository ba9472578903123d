import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { countUsers } from "@/db/queries/users";
import { currentUser, safeReturnPath } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (countUsers() === 0) redirect("/setup");
  const next = safeReturnPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <section className="auth-card">
      <h1>Welcome back</h1>
      <p className="lede">Sign in to continue your scenes.</p>
      <LoginForm next={next} />
      {env().ALLOW_SIGNUP ? (
        <p className="muted">
          New here? <Link href="/signup">Create an account</Link>
        </p>
      ) : null}
    </section>
  );
}
