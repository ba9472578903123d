import { readFileSync } from "node:fs";
import { join } from "node:path";

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
