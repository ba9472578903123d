import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assumedMet } from "./labelled-score";
import type { ObjectiveRule } from "./objectives";

/** One line of a scene's phrase file: what it must earn, the learner's message, the character's previous line. */
export interface PhraseLine {
  earns: string[];
  message: string;
  after?: string;
}

// One line each: "ids | text | character's previous line"; "-" earns nothing; "#" opens a comment.
export function loadPhraseLines(sceneId: string): PhraseLine[] {
  const text = readFileSync(join(process.cwd(), "lib", "engine", "scene-phrases", `${sceneId}.txt`), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [ids = "", message = "", after] = line.split(" | ");
      return { earns: ids.trim() === "-" ? [] : ids.trim().split(","), message, after };
    });
}

/**
 * A line is judged as if the prerequisites of what it must earn were met, so a farewell is judged at the end of a scene;
 * not where the line earns one of them itself ("Ich kann ab Montag anfangen, und vielen Dank!"), as the labelled sets
 * judge their lines (contextDone).
 */
export function phraseDone(line: PhraseLine, objectives: readonly ObjectiveRule[]): Set<string> {
  return assumedMet(line.earns, (id) => objectives.find((objective) => objective.id === id)?.after ?? []);
}
