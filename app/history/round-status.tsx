const LABEL = { open: "Open", complete: "Complete", abandoned: "Abandoned" } as const;

export function RoundStatus({ status }: { status: keyof typeof LABEL }) {
  return <span className={`round-status round-status-${status}`}>{LABEL[status]}</span>;
}
