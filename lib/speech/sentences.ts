/** One sentence of a reply, with where it sits in the text. */
export type Sentence = { text: string; start: number; end: number };

// ICU's German sentence rules (Intl.Segmenter) split after any full stop that a capital letter follows,
// so these abbreviations and ordinals are joined back. "usw." and "etc." stay out: they often end a sentence.
const ABBREVIATIONS = new Set(["z. B.", "z.B.", "d. h.", "d.h.", "u. a.", "u.a.", "v. a.", "bzw.", "ca.", "Dr.", "Prof.", "Hr.", "Fr.", "Nr.", "St.", "Str.", "Tel.", "vgl.", "evtl.", "ggf.", "inkl.", "zzgl.", "bzgl.", "Mio.", "Mrd."]);
const MONTHS = /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;
// Words before a number that make it an ordinal: "am 3.", "zum 2. Mal", "der 1. Platz".
const ORDINAL_LEAD = /(?:^|\s)(am|im|vom|zum|zur|beim|bis|ab|seit|der|die|das|den|dem|des|jeden|jede|jeder|mein|meine|meinem|dein|sein|seine|ihr|ihre|ihrem|unser|unsere)\s+\d{1,4}\.\s*$/i;
const NUMBER_END = /\d{1,4}\.\s*$/;
const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });

function endsWithAbbreviation(text: string): boolean {
  const trimmed = text.trimEnd();
  for (const abbreviation of ABBREVIATIONS) {
    if (!trimmed.endsWith(abbreviation)) continue;
    const before = trimmed.at(-abbreviation.length - 1);
    if (before === undefined || /[\s(„"']/.test(before)) return true;
  }
  // A lone initial ("B.", the second half of "z. B." split by the segmenter itself).
  return /(?:^|\s)[A-Za-zÄÖÜäöü]\.$/.test(trimmed);
}

function trimmed({ text, start }: Sentence): Sentence {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return { text: body, start: start + lead, end: start + lead + body.length };
}

/** Whether the break the segmenter put between these two pieces is no sentence end. */
function isFalseBreak(before: string, after: string): boolean {
  if (endsWithAbbreviation(before)) return true;
  if (!NUMBER_END.test(before)) return false;
  return ORDINAL_LEAD.test(before) || MONTHS.test(after.trimStart());
}

/**
 * German sentences of a text that may still be growing. Without `final`, the last sentence is held
 * back (`settled` is where it starts), and so is one whose next sentence has no whole word yet ("Dr. M…" may become "Dr. Müller").
 */
export function splitSentences(text: string, { final = false }: { final?: boolean } = {}): { sentences: Sentence[]; settled: number } {
  const pieces: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = pieces.at(-1);
    if (last && isFalseBreak(last.text, segment)) {
      last.text += segment;
      last.end = index + segment.length;
    } else pieces.push({ text: segment, start: index, end: index + segment.length });
  }
  if (!final) {
    const open = pieces.pop();
    // The break before a word still being written is not sure yet.
    if (open && !/^\s*\S+[\s,;:.!?]/.test(open.text)) pieces.pop();
  }
  const settled = pieces.at(-1)?.end ?? 0;
  return { sentences: pieces.filter((piece) => piece.text.trim() !== "").map(trimmed), settled };
}
