import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { countUsers } from "@/db/queries/users";
import { AccountForm } from "../components/account-form";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

export default function SetupPage() {
  // Setup exists only until the owner account does.
  if (countUsers() > 0) redirect("/login");
  return (
    <section className="auth-card">
      <h1>Set up Alltag</h1>
      <p className="lede">Create the owner account for this site. You can add API tokens and, if you allow it, other learners later.</p>
      <AccountForm endpoint="/api/v1/setup" submitLabel="Create account" />
    </section>
  );
}
