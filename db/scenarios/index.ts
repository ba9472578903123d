import { restaurant } from "./restaurant";
import type { ScenarioSeed } from "./types";

export const builtinScenarios: ScenarioSeed[] = [restaurant];
