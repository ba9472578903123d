import { agreementFindings, pronounCaseFindings } from "./agreement";
import { conjugationFindings } from "./conjugation";
import type { Finding } from "./finding";
import { loadGermanData, type GermanData } from "./german-data";
import { spellingFindings } from "./spelling";
import { tokenise } from "./tokens";
import { wordOrderFindings } from "./word-order";

export type { Finding, FindingKind } from "./finding";
export type Level = "A1" | "A2" | "B1";
export type CheckResult = { findings: Finding[]; corrected: string };

/** Longest message checked; longer text is checked up to here (the check stays within its time budget). */
export const MAX_CHECKED_LENGTH = 2000;

/** Keeps the first of overlapping findings: the rules run in order of how sure they are. */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (kept.some((other) => finding.start < other.end && other.start < finding.end)) continue;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with every finding's suggestion in place of its original words. */
export function applyFindings(text: string, findings: readonly Finding[]): string {
  let corrected = "";
  let cursor = 0;
  for (const finding of findings) {
    corrected += text.slice(cursor, finding.start) + finding.suggestion;
    cursor = finding.end;
  }
  return corrected + text.slice(cursor);
}

/**
 * Deterministic corrections of a learner's German, each backed by the dictionaries: shown only when
 * the checker is sure, because a false alarm teaches wrong German. `level` is reserved for
 * explanations pitched at the learner; the findings are the same at every level.
 */
export function checkGerman(text: string, options: { level?: Level } = {}): CheckResult {
  void options.level;
  const data = loadGermanData();
  const checked = text.slice(0, MAX_CHECKED_LENGTH);
  const tokens = tokenise(checked);
  const words = tokens.filter((token) => token.word || /^\d/.test(token.text));
  const found = [...conjugationFindings(data, words), ...agreementFindings(data, words), ...pronounCaseFindings(data, words), ...wordOrderFindings(data, words, checked), ...spellingFindings(data, words)];
  const findings = withoutOverlaps(found.map((finding) => ({ ...finding, original: text.slice(finding.start, finding.end) })));
  return { findings, corrected: applyFindings(text, findings) };
}

/** Sentences that take every rule's path once, so the first learner's check runs compiled code. */
const WARM_UP = [
  "Ich möchtet ein Apfelschorle.",
  "Morgen ich fahre mit den Zug, weil ich bin krank.",
  "Wie viel kosten das Brotchen? Das fleisch ist kalt.",
  "Können Sie mich das Zimmer zeigen? Wir möchten zahlen jetzt.",
  "Ich habe ein Termin gemacht und mein Kopf tun weh, Frau Kowalczyk.",
];
/** Rounds of the warm-up: enough for the optimising compiler to take the hot paths. */
const WARM_UP_ROUNDS = 40;

/**
 * Loads the German data and warms the checker off the path of a learner's first turn: call it at
 * server start. The load takes seconds of CPU; the first checks would otherwise also pay the JIT.
 */
export function preloadGermanData(): Promise<GermanData> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        const data = loadGermanData();
        for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const sentence of WARM_UP) checkGerman(sentence);
        resolve(data);
      } catch (error) {
        reject(error);
      }
    });
  });
}
