import { germanDataLoaded, loadGermanData, type GermanData } from "./german-data";

/** Loads the checker's dictionaries (seconds, about 180 MB): once per process, at start-up. */
export function loadLanguageData(): GermanData {
  return loadGermanData();
}

/** Whether a check would run at once. A turn never loads the data itself: that would stall its first token. */
export function languageDataReady(): boolean {
  return germanDataLoaded();
}
