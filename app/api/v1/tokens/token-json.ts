import type { ApiTokenSummary } from "@/db/queries/api-tokens";

export function tokenJson(token: ApiTokenSummary) {
  return {
    id: token.id,
    name: token.name,
    last_four: token.lastFour,
    created_at: token.createdAt.toISOString(),
    last_used_at: token.lastUsedAt?.toISOString() ?? null,
  };
}
