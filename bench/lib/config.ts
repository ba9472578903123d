import type { Mode } from "./types";

/** How much each figure measures. Full mode fits in 10 minutes on 2 cores, quick mode in one. */
export type Counts = {
  /** Rounds of app, floor and direct; the test Ollama holds each first token `firstTokenMs`, then sends the rest of the reply at `tokensPerSecond`. */
  firstToken: { warmup: number; samples: number; firstTokenMs: number; tokens: number; tokensPerSecond: number; conversations: number };
  headers: { samples: number; holdMs: number };
  relay: { tokens: number; pacedRate: number; pacedRuns: number; bulkTokens: number; bulkRuns: number };
  tokenDelay: { tokens: number; rate: number };
  concurrency: { levels: number[]; tokens: number; rate: number; staggerMs: number };
  cpu: { pacedTokens: number; pacedRate: number; pacedStreams: number; bulkTokens: number; bulkRuns: number };
  memory: { warmupTurns: number; turns: number };
  cancel: { samples: number; holdMs: number; midStreamAfterTokens: number };
  wire: { tokens: number };
  /** Resumable turns: reattach and replay samples of a `tokens`-token reply; `streams` live turns at once for RSS. */
  live: { samples: number; tokens: number; rate: number; dropAfterTokens: number; streams: number; streamTokens: number };
  turnCost: { warmup: number; samples: number; conversations: number; length: number };
  browser: { runs: number; tokens: number; rate: number; typedText: string; keyDelayMs: number };
  coach: { checks: number };
};

const FULL: Counts = {
  firstToken: { warmup: 20, samples: 200, firstTokenMs: 80, tokens: 3, tokensPerSecond: 50, conversations: 10 },
  headers: { samples: 10, holdMs: 2000 },
  relay: { tokens: 500, pacedRate: 200, pacedRuns: 3, bulkTokens: 500, bulkRuns: 15 },
  tokenDelay: { tokens: 1000, rate: 100 },
  concurrency: { levels: [25, 50, 100, 150, 200], tokens: 400, rate: 100, staggerMs: 1000 },
  cpu: { pacedTokens: 1000, pacedRate: 200, pacedStreams: 2, bulkTokens: 500, bulkRuns: 20 },
  memory: { warmupTurns: 200, turns: 1000 },
  cancel: { samples: 20, holdMs: 10_000, midStreamAfterTokens: 20 },
  wire: { tokens: 500 },
  live: { samples: 20, tokens: 256, rate: 100, dropAfterTokens: 20, streams: 100, streamTokens: 400 },
  turnCost: { warmup: 30, samples: 300, conversations: 20, length: 50 },
  browser: { runs: 2, tokens: 2000, rate: 200, typedText: "Ich hätte gern ein Wasser und die Karte, bitte.", keyDelayMs: 60 },
  coach: { checks: 3000 },
};

const QUICK: Counts = {
  firstToken: { warmup: 3, samples: 10, firstTokenMs: 80, tokens: 3, tokensPerSecond: 50, conversations: 10 },
  headers: { samples: 2, holdMs: 2000 },
  relay: { tokens: 100, pacedRate: 200, pacedRuns: 1, bulkTokens: 500, bulkRuns: 2 },
  tokenDelay: { tokens: 50, rate: 100 },
  concurrency: { levels: [5], tokens: 50, rate: 100, staggerMs: 100 },
  cpu: { pacedTokens: 100, pacedRate: 200, pacedStreams: 1, bulkTokens: 200, bulkRuns: 2 },
  memory: { warmupTurns: 10, turns: 40 },
  cancel: { samples: 2, holdMs: 10_000, midStreamAfterTokens: 5 },
  wire: { tokens: 100 },
  live: { samples: 2, tokens: 256, rate: 200, dropAfterTokens: 5, streams: 5, streamTokens: 50 },
  turnCost: { warmup: 3, samples: 10, conversations: 2, length: 5 },
  browser: { runs: 1, tokens: 200, rate: 200, typedText: "Hallo", keyDelayMs: 40 },
  coach: { checks: 120 },
};

export function countsFor(mode: Mode): Counts {
  return mode === "quick" ? QUICK : FULL;
}
