import { preloadGermanData } from "./check";
import { loadGermanData, type GermanData } from "./german-data";

// Set once the dictionaries are in memory in this process; on globalThis because Next bundles
// instrumentation and each route apart, each with its own copy of this module.
const shared = globalThis as typeof globalThis & { alltagLanguageDataReady?: boolean };

/** Loads the checker's dictionaries (seconds, about 180 MB) at once; a second call costs nothing. */
export function loadLanguageData(): GermanData {
  const data = loadGermanData();
  shared.alltagLanguageDataReady = true;
  return data;
}

/** Loads the dictionaries and warms the checker's code paths: the server awaits this before it serves. */
export async function preloadLanguageData(): Promise<void> {
  await preloadGermanData();
  shared.alltagLanguageDataReady = true;
}

/** Whether a check would run at once. A turn never loads the data itself: that would stall its first token. */
export function languageDataReady(): boolean {
  return shared.alltagLanguageDataReady === true;
}
