import type { Figure } from "./types";

function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export const withUnit = (value: number | null | undefined, unit: string) => {
  const text = formatNumber(value);
  return text === "—" || unit === "" ? text : `${text} ${unit}`;
};

const verdict = (pass: boolean | null) => (pass === null ? "—" : pass ? "pass" : "MISS");

export const TABLE_HEADER = ["#", "figure", "measured", "baseline", "target", "result"] as const;

export function tableRows(figures: Figure[]): string[][] {
  return figures.map((figure) => [
    figure.id,
    figure.name,
    withUnit(figure.value, figure.unit),
    figure.baseline === undefined ? "" : withUnit(figure.baseline, figure.unit),
    figure.target,
    verdict(figure.pass),
  ]);
}

/** A fixed-width table for the terminal. */
export function textTable(figures: Figure[]): string {
  const rows = [[...TABLE_HEADER], ...tableRows(figures)];
  const widths = TABLE_HEADER.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(rows[0] as string[]), widths.map((width) => "─".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/** The same table in Markdown, for bench/README.md. */
export function markdownTable(figures: Figure[]): string {
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  const rows = tableRows(figures).map((row) => `| ${row.map(escape).join(" | ")} |`);
  return [`| ${TABLE_HEADER.join(" | ")} |`, `| ${TABLE_HEADER.map(() => "---").join(" | ")} |`, ...rows].join("\n");
}
