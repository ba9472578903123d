import type { JWT, JWTDecodeParams } from "next-auth/jwt";

type Decode = (params: JWTDecodeParams) => Promise<JWT | null>;

const DEFAULT_LIMIT = 1000;

/**
 * Remembers what a session cookie decoded to, until its `exp`. Decrypting the JWT (key derivation,
 * then AES-GCM) cost about a millisecond per request before a turn could start (bench figure 1),
 * and a browser sends the same cookie on every call. A cookie that failed to decode is never
 * remembered, a remembered one is never trusted past its expiry, and a new secret forgets them all.
 */
export function rememberDecodedSessions(decode: Decode, limit = DEFAULT_LIMIT): Decode {
  const remembered = new Map<string, JWT>();
  let secretOfRemembered: JWTDecodeParams["secret"] | undefined;
  return async (params) => {
    const { token, secret, salt = "" } = params;
    if (!token) return decode(params);
    const key = `${salt}\n${token}`;
    if (secret !== secretOfRemembered) {
      remembered.clear();
      secretOfRemembered = secret;
    }
    const known = remembered.get(key);
    if (known && typeof known.exp === "number" && Date.now() < known.exp * 1000) return known;
    remembered.delete(key);
    const claims = await decode(params);
    // Without an expiry there is nothing to bound trusting it by.
    if (claims && typeof claims.exp === "number" && secret === secretOfRemembered) {
      if (remembered.size >= limit) remembered.delete(remembered.keys().next().value as string);
      remembered.set(key, claims);
    }
    return claims;
  };
}
