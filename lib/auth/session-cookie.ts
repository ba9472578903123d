/** next-auth's session cookie: the __Secure- name when the site runs over HTTPS. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** A Set-Cookie for a session cookie with the attributes next-auth gives it; maxAgeS 0 clears it. */
export function sessionSetCookie(name: string, value: string, maxAgeS: number): string {
  const expires = maxAgeS > 0 ? new Date(Date.now() + maxAgeS * 1000).toUTCString() : "Thu, 01 Jan 1970 00:00:00 GMT";
  return `${name}=${value}; Path=/; Expires=${expires}; Max-Age=${maxAgeS}; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`;
}
