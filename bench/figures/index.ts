import type { FigureModule } from "../lib/types";
import { cancelFigure } from "./cancel";
import { coachCheckFigure } from "./coach-check";
import { concurrencyFigure } from "./concurrency";
import { cpuFigure } from "./cpu";
import { browserRenderFigure } from "./browser-render";
import { firstTokenFigure } from "./first-token";
import { headersFigure } from "./headers";
import { liveTurnsFigure } from "./live-turns";
import { memoryFigure } from "./memory";
import { relayRateFigure } from "./relay-rate";
import { tokenDelayFigure } from "./token-delay";
import { turnCostFigure } from "./turn-cost";
import { wireBytesFigure } from "./wire-bytes";

/** In the order they run. Figure 5 also reports 7a (RSS per stream at its concurrency). */
export const FIGURES: FigureModule[] = [
  firstTokenFigure,
  headersFigure,
  relayRateFigure,
  tokenDelayFigure,
  concurrencyFigure,
  cpuFigure,
  memoryFigure,
  cancelFigure,
  wireBytesFigure,
  turnCostFigure,
  liveTurnsFigure,
  browserRenderFigure,
  coachCheckFigure,
];
