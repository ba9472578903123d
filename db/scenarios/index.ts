import { apotheke } from "./apotheke";
import { arzt } from "./arzt";
import { baeckerei } from "./baeckerei";
import { bahnhof } from "./bahnhof";
import { buergeramt } from "./buergeramt";
import { hotel } from "./hotel";
import { restaurant } from "./restaurant";
import type { ScenarioSeed } from "./types";
import { vorstellungsgespraech } from "./vorstellungsgespraech";
import { wegbeschreibung } from "./wegbeschreibung";
import { wohnungsbesichtigung } from "./wohnungsbesichtigung";

// Restaurant first: it is the scene a new learner is offered.
export const builtinScenarios: ScenarioSeed[] = [
  restaurant,
  baeckerei,
  wegbeschreibung,
  bahnhof,
  hotel,
  apotheke,
  arzt,
  wohnungsbesichtigung,
  buergeramt,
  vorstellungsgespraech,
];
