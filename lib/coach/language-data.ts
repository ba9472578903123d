import { loadGermanData, type GermanData } from "./german-data";

// Set once the dictionaries are in memory in this process.
let ready = false;

/** Loads the checker's dictionaries (seconds, about 180 MB): once per process, at start-up. */
export function loadLanguageData(): GermanData {
  const data = loadGermanData();
  ready = true;
  return data;
}

/** Whether a check would run at once. A turn never loads the data itself: that would stall its first token. */
export function languageDataReady(): boolean {
  return ready;
}
