import type { Metadata } from "next";
import { listApiTokens } from "@/db/queries/api-tokens";
import { requireUser } from "@/lib/auth/session";
import { tokenJson } from "../api/v1/tokens/token-json";
import { DeleteAccount } from "./delete-account";
import { LearningSettings } from "./learning-settings";
import { PasswordForm } from "./password-form";
import { ReplySettings } from "./reply-settings";
import { TokenManager } from "./token-manager";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  return (
    <>
      <h1>Settings</h1>
      <section className="panel" aria-labelledby="account-heading">
        <h2 id="account-heading">Account</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{user.name}</dd>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="learning-heading">
        <h2 id="learning-heading">Learning</h2>
        <LearningSettings />
      </section>
      <section className="panel" aria-labelledby="replies-heading">
        <h2 id="replies-heading">Replies</h2>
        <ReplySettings />
      </section>
      <section className="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <p className="muted">Changing it signs you out on every other device. API tokens keep working until you revoke them below.</p>
        <PasswordForm />
      </section>
      <section className="panel" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">API tokens</h2>
        <p className="muted">
          Use a token from scripts or curl: <code>Authorization: Bearer &lt;token&gt;</code>. It acts as you on every <code>/api/v1</code> endpoint
          except token management.
        </p>
        <TokenManager initialTokens={listApiTokens({ userId: user.id }).map(tokenJson)} />
      </section>
      <section className="panel danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete account</h2>
        <DeleteAccount />
      </section>
    </>
  );
}
