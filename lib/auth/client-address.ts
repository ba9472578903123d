/** Stands for every request whose address is unknown; they then share one budget. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The address a sign-in came from. `next start` puts the socket's address in X-Forwarded-For
 * unless the request already had one, and proxy.ts (which every /api/auth request passes) keeps
 * the header only as far as TRUST_PROXY's proxies wrote it; so the last entry is either the socket's
 * address or the client's, as the farthest trusted proxy saw it. Outside `next start` there may be none.
 */
/**
 * X-Forwarded-For as far as trusted proxies wrote it. Each of `hops` proxies appends the address it saw,
 * so the entry the farthest one appended is the client's; the nearest ones' own addresses go. Null: none.
 */
export function trustedForwardedFor(forwardedFor: string | null, hops: number): string | null {
  if (hops < 1 || !forwardedFor) return null;
  const entries = forwardedFor.split(",");
  return entries.length >= hops ? entries.slice(0, entries.length - hops + 1).join(",") : null;
}

export function clientAddress(forwardedFor: string | null | undefined): string {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 100) : UNKNOWN_ADDRESS;
}
