"use client";

import { InlineError } from "../../scenarios/[id]/correction-view";
import { ReportView } from "../../scenarios/[id]/report-view";
import { useReport } from "../../scenarios/[id]/use-report";

export function RoundReport({ conversationId }: { conversationId: string }) {
  const { report, error } = useReport(conversationId, true);
  if (report) return <ReportView report={report} />;
  if (error) return <InlineError error={error} />;
  return <p className="muted">Loading the report …</p>;
}
