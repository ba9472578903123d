import { compileObjectives, judgeMessage } from "@/lib/engine/objectives";
import { builtinScenarios } from "@/db/scenarios";
const scene = builtinScenarios.find((s) => s.id === (process.env.SCENE ?? "restaurant"))!;
const c = compileObjectives(scene.objectives, scene.lexicon);
const lines = require("fs").readFileSync(0, "utf8").split("\n").filter((l: string) => l.trim());
for (const m of lines) console.log(m.padEnd(60), "=>", judgeMessage(m, c).map((x) => `${x.objectiveId}[${x.evidence}]`).join(" "));
