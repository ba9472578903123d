import type { Figure } from "./types";

type Row = Omit<Figure, "target" | "pass">;

const finite = (value: number | null) => value !== null && Number.isFinite(value);

/** A row that passes when value ≤ limit. */
export function atMost(row: Row, limit: number, unitLabel = row.unit): Figure {
  return { ...row, target: `≤ ${limit} ${unitLabel}`.trim(), pass: finite(row.value) ? (row.value as number) <= limit : false };
}

/** A row that passes when value < limit. */
export function below(row: Row, limit: number, unitLabel = row.unit): Figure {
  return { ...row, target: `< ${limit} ${unitLabel}`.trim(), pass: finite(row.value) ? (row.value as number) < limit : false };
}

/** A row that passes when value ≥ limit. */
export function atLeast(row: Row, limit: number, unitLabel = row.unit): Figure {
  return { ...row, target: `≥ ${limit} ${unitLabel}`.trim(), pass: finite(row.value) ? (row.value as number) >= limit : false };
}

/** Reported for context only. */
export function reportOnly(row: Row): Figure {
  return { ...row, target: "report", pass: null };
}
