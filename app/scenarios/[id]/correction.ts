import type { Finding } from "./coach-types";

export type CorrectionSegment = { kind: "same"; text: string } | { kind: "changed"; original: string; suggestion: string; finding: Finding };

/**
 * The learner's sentence as runs of kept text and changed words, in order; reading every run's
 * suggestion gives the corrected sentence. Findings that overlap or fall outside the text are
 * left out rather than mangling the sentence.
 */
export function correctionSegments(text: string, findings: readonly Finding[]): CorrectionSegment[] {
  const segments: CorrectionSegment[] = [];
  let cursor = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < cursor || finding.end > text.length || finding.end < finding.start) continue;
    if (finding.start > cursor) segments.push({ kind: "same", text: text.slice(cursor, finding.start) });
    segments.push({ kind: "changed", original: text.slice(finding.start, finding.end), suggestion: finding.suggestion, finding });
    cursor = finding.end;
  }
  if (cursor < text.length) segments.push({ kind: "same", text: text.slice(cursor) });
  return segments;
}
