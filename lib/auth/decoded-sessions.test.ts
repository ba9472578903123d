import { encode, decode, type JWTDecodeParams } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { rememberDecodedSessions } from "./decoded-sessions";

const secret = "a-test-secret-that-is-long-enough-0123456789";

/** next-auth's own decode, counting its calls. */
function countingDecode() {
  const calls: string[] = [];
  const counted = async (params: JWTDecodeParams) => {
    calls.push(params.token ?? "");
    return decode(params);
  };
  return { calls, counted };
}

describe("rememberDecodedSessions", () => {
  it("decrypts a session cookie once and answers the same claims after", async () => {
    const { calls, counted } = countingDecode();
    const remembered = rememberDecodedSessions(counted);
    const token = await encode({ token: { sub: "ada" }, secret });
    const first = await remembered({ token, secret });
    const second = await remembered({ token, secret });
    expect(first?.sub).toBe("ada");
    expect(second).toEqual(first);
    expect(calls).toEqual([token]);
  });

  it("never trusts a remembered session past its expiry, nor one decoded under another secret", async () => {
    const { calls, counted } = countingDecode();
    const remembered = rememberDecodedSessions(counted);
    const token = await encode({ token: { sub: "ada" }, secret, maxAge: 1 });
    expect((await remembered({ token, secret }))?.sub).toBe("ada");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await remembered({ token, secret });
    expect(calls).toHaveLength(2);
    await expect(remembered({ token, secret: `${secret}-rotated` })).rejects.toThrow();
    expect(calls).toHaveLength(3);
  });

  it("remembers neither failures nor claims without an expiry, and keeps at most `limit` sessions", async () => {
    const { calls, counted } = countingDecode();
    const remembered = rememberDecodedSessions(counted, 2);
    await expect(remembered({ token: "not-a-jwt", secret })).rejects.toThrow();
    await expect(remembered({ token: "not-a-jwt", secret })).rejects.toThrow();
    let noExpiryCalls = 0;
    const noExpiry = rememberDecodedSessions(async () => (noExpiryCalls++, { sub: "bob" }));
    await noExpiry({ token: "t", secret });
    expect(await noExpiry({ token: "t", secret })).toEqual({ sub: "bob" });
    expect(noExpiryCalls).toBe(2);
    const tokens = await Promise.all(["a", "b", "c"].map((sub) => encode({ token: { sub }, secret })));
    for (const token of tokens) await remembered({ token, secret });
    await remembered({ token: tokens[2], secret });
    await remembered({ token: tokens[0], secret }); // the oldest was let go
    expect(calls).toEqual(["not-a-jwt", "not-a-jwt", ...tokens, tokens[0]]);
  });
});
