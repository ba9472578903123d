import { compileObjectives, judgeMessage } from "@/lib/engine/objectives";
import { restaurant } from "@/db/scenarios/restaurant";
const compiled = compileObjectives(restaurant.objectives, restaurant.lexicon);
const messages = [
  "Guten Abend! Ich hätte gern ein großes Bier und danach das Wiener Schnitzel mit Kartoffelsalat, bitte.",
  "ich weiss nicht genau was ich essen mochte, haben sie etwas vegetarisches oder vielleicht eine suppe",
  "Die Rechnung bitte, es war sehr lecker. Vielen Dank und auf Wiedersehen!",
];
for (let r = 0; r < 200; r++) for (const m of messages) judgeMessage(m, compiled);
for (const m of messages) {
  const t = performance.now();
  for (let r = 0; r < 1000; r++) judgeMessage(m, compiled);
  console.log(((performance.now() - t) / 1000).toFixed(4), "ms", m.slice(0, 30));
}
