import type { FakeOllama } from "../../tests/support/fake-ollama";
import type { Account } from "./accounts";
import type { StreamTurn } from "./app-client";
import type { BenchServer } from "./app-server";
import type { Counts } from "./config";
import type { SlotPool } from "./slots";

/** One row of the results table. `pass` is null for figures reported without a target. */
export type Figure = {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  baseline?: number | null;
  target: string;
  pass: boolean | null;
  note?: string;
};

export type Mode = "quick" | "full";

export type BenchContext = {
  mode: Mode;
  counts: Counts;
  app: BenchServer;
  fake: FakeOllama;
  slots: SlotPool;
  /** A turn on a slot, restarting the scene when it is long or finished: what most figures use. */
  turn: StreamTurn;
  /** A turn exactly as asked, no restarts: for figures that control conversation length. */
  stream: StreamTurn;
  /** The owner: signed in for the browser figure, kept out of the API slot pool. */
  owner: Account;
  /** Raw numbers a figure wants to keep in latest.json beside its rows. */
  details: Record<string, unknown>;
  /** Results of earlier figures, for figures that build on them (memory at figure 5's concurrency). */
  shared: Map<string, unknown>;
  log: (line: string) => void;
};

export type FigureModule = {
  /** The figure number in the issue, e.g. "5". */
  id: string;
  title: string;
  run: (context: BenchContext) => Promise<Figure[]>;
};
