import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkGerman, preloadGermanData } from "../../lib/coach/check";
import { tokenise } from "../../lib/coach/tokens";
import { percentile, summary } from "../lib/stats";
import { atMost, reportOnly } from "../lib/targets";
import type { FigureModule } from "../lib/types";

/** Learner messages as the scenes get them: right, wrong, short and long; each sample adds an unseen name. */
const MESSAGES = [
  "Ich hätte gern ein Apfelschorle.",
  "Guten Tag! Ich möchte einen Tisch für zwei Personen, bitte.",
  "Wir nehmt zwei Bier und eine Cola.",
  "Ich möchte zwei Brotchen und ein Croissant.",
  "Entschuldigung, wo ist die Bahnhof?",
  "Morgen ich fahre mit den Zug nach München, weil meine Schwester dort wohnt.",
  "Können Sie mir sagen, wann ist das Frühstück?",
  "ich habe hunger",
  "Die Rechnung, bitte.",
  "Mein Kopf tun weh und ich habe seit zwei Tagen Fieber und Kopfschmertzen.",
  "Ich suche eine Wohnung mit drei Zimmern, einem Balkon und einer großen Küche in der Nähe vom Bahnhof, weil ich jeden Tag mit dem Zug zur Arbeit fahre und abends oft spät nach Hause komme.",
  "Hallo Hans, wie geht es dir? Ich hatte eine lange Woche. Am Montag war ich beim Arzt, am Dienstag habe ich die ganze Nacht gearbeitet, und heute möchte ich nur einen Kaffee und ein Stück Kuchen.",
];

/** A name no earlier sample used, so each check meets one word its memos have not seen. */
function unseenName(index: number): string {
  let name = "";
  for (let rest = index + 26 ** 5; rest > 0; rest = Math.floor(rest / 26)) name += String.fromCharCode(97 + (rest % 26));
  return `K${name}`;
}

type LoadRun = { loadMs: number; rssBeforeMb: number; rssAfterMb: number };

/** Loads the data in a fresh Node process, so the RSS it adds is the data's alone. */
function loadInChild(mode: "index" | "parse-only"): LoadRun {
  const script = path.join("bench", "lib", "coach-load.ts");
  const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", script, mode], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(output) as LoadRun;
}

/** Wall time of each call in ms, and the CPU time this process spent on it (which leaves out waiting for a core). */
function timeEach(samples: number, work: (message: string) => unknown): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < samples; index++) {
    const message = `${MESSAGES[index % MESSAGES.length]!} Gruß, ${unseenName(index)}`;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    work(message);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/**
 * The coach's checker: time to check one learner message (p99) next to tokenising it alone, and
 * what loading the German dictionaries costs a fresh process in time and RSS next to merely
 * parsing their JSON.
 */
export const coachCheckFigure: FigureModule = {
  id: "12",
  title: "Coach: checking a message, loading the German data",
  async run({ counts, details }) {
    const { checks } = counts.coach;
    const load = loadInChild("index");
    const parse = loadInChild("parse-only");
    await preloadGermanData(); // loads the data and warms the checker, as the server does at start
    const tokenising = timeEach(checks, tokenise);
    const checking = timeEach(checks, checkGerman);
    const rssDelta = load.rssAfterMb - load.rssBeforeMb;
    const parseRssDelta = parse.rssAfterMb - parse.rssBeforeMb;
    details["12"] = { load, parse, checkMs: summary(checking.wall), checkCpuMs: summary(checking.cpu), tokeniseMs: summary(tokenising.wall) };
    return [
      atMost({ id: "12a", name: `Check one learner message, p99 (${checks} checks)`, value: percentile(checking.wall, 99), unit: "ms", baseline: percentile(tokenising.wall, 99), note: `baseline: tokenising alone; p50 ${percentile(checking.wall, 50).toFixed(3)} ms` }, 5),
      reportOnly({ id: "12d", name: "CPU time of one check, p99", value: percentile(checking.cpu, 99), unit: "ms", baseline: percentile(tokenising.cpu, 99), note: "process CPU time: what 12a is without the wait for a busy core" }),
      reportOnly({ id: "12b", name: "German data load, fresh process", value: load.loadMs, unit: "ms", baseline: parse.loadMs, note: "baseline: reading and parsing the three JSON files alone" }),
      reportOnly({ id: "12c", name: "RSS added by the German data, fresh process", value: rssDelta, unit: "MB", baseline: parseRssDelta, note: `baseline: the parsed JSON alone; ${load.rssBeforeMb.toFixed(0)} → ${load.rssAfterMb.toFixed(0)} MB` }),
    ];
  },
};
