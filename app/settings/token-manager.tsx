"use client";

import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "../components/confirm-dialog";
import { Field } from "../components/field";
import { LocalTime } from "../components/local-time";

type Token = { id: string; name: string; last_four: string; created_at: string; last_used_at: string | null };

export async function apiError(response: Response): Promise<string> {
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return payload?.error?.message ?? `Request failed (${response.status}).`;
}

export function TokenManager({ initialTokens }: { initialTokens: Token[] }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState<Token>();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name") ?? "").trim();
    setError(undefined);
    if (!name) return setError("Give the token a name.");
    const response = await fetch("/api/v1/tokens", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name }) });
    if (!response.ok) return setError(await apiError(response));
    const token = (await response.json()) as Token & { token: string };
    setTokens((list) => [token, ...list]);
    setCreated({ name: token.name, token: token.token });
    setCopied(false);
    formElement.reset();
  }

  async function revoke(token: Token) {
    setRevoking(undefined);
    const response = await fetch(`/api/v1/tokens/${encodeURIComponent(token.id)}`, { method: "DELETE" });
    if (!response.ok && response.status !== 404) return setError(await apiError(response));
    setTokens((list) => list.filter((item) => item.id !== token.id));
    // Its Revoke button goes with the row: focus lands somewhere useful instead of on the page.
    document.getElementById("field-name")?.focus();
  }

  return (
    <div className="stack">
      <form method="post" className="inline-form" onSubmit={create} noValidate>
        <Field label="Token name" name="name" placeholder="e.g. laptop script" maxLength={100} error={error} />
        <button type="submit" className="button button-primary">
          Create token
        </button>
      </form>
      {created ? (
        <div className="notice" role="status">
          <p>
            <strong>{created.name}</strong>: copy it now, it will not be shown again.
          </p>
          <div className="token-reveal">
            <code data-testid="new-token">{created.token}</code>
            <button
              type="button"
              className="button"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.token).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      ) : null}
      {tokens.length === 0 ? (
        <p className="muted">No tokens yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Token</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td data-label="Name">{token.name}</td>
                <td data-label="Token">
                  <code>…{token.last_four}</code>
                </td>
                <td data-label="Created">
                  <LocalTime iso={token.created_at} />
                </td>
                <td data-label="Last used">{token.last_used_at ? <LocalTime iso={token.last_used_at} /> : "Never"}</td>
                <td>
                  <button type="button" className="button button-danger" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={revoking !== undefined}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        danger
        onConfirm={() => revoking && void revoke(revoking)}
        onCancel={() => setRevoking(undefined)}
      >
        <p>Scripts using it stop working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
