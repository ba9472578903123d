export type FindingKind = "spelling" | "capitalisation" | "gender" | "case" | "conjugation" | "word_order" | "other";

/** One correction: the learner's words at [start, end) (UTF-16 offsets) and what to write instead. */
export type Finding = {
  start: number;
  end: number;
  original: string;
  suggestion: string;
  kind: FindingKind;
  /** One line of plain English, e.g. "Schorle is feminine: eine Apfelschorle". */
  explanation: string;
};
