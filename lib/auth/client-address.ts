/** Stands for every request whose address is unknown; they then share one budget. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The address a sign-in came from. `next start` puts the socket's address in X-Forwarded-For
 * unless the request already had one, and proxy.ts (which every /api/auth request passes) drops
 * the client's own header unless TRUST_PROXY is set; so the last entry is either the socket's
 * address or the one our reverse proxy appended. Outside `next start` there may be none.
 */
export function clientAddress(forwardedFor: string | null | undefined): string {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 100) : UNKNOWN_ADDRESS;
}
