"use client";

import { useEffect, useState } from "react";
import { coachError, OFFLINE_ERROR, type CoachError, type Report } from "./coach-types";

type ReportState = { report: Report | null; error: CoachError | null };

/** The round's report, fetched once the round is over (or at once for a past round). */
export function useReport(conversationId: string | null, enabled: boolean): ReportState {
  const [state, setState] = useState<ReportState & { for: string | null }>({ report: null, error: null, for: null });
  useEffect(() => {
    if (!enabled || !conversationId) return;
    let live = true;
    void (async () => {
      const response = await fetch(`/api/v1/conversations/${encodeURIComponent(conversationId)}/report`, { cache: "no-store" }).catch(() => null);
      if (!live) return;
      if (!response) return setState({ report: null, error: OFFLINE_ERROR, for: conversationId });
      if (!response.ok) return setState({ report: null, error: await coachError(response), for: conversationId });
      setState({ report: (await response.json()) as Report, error: null, for: conversationId });
    })();
    return () => {
      live = false;
    };
  }, [conversationId, enabled]);
  return state.for === conversationId ? state : { report: null, error: null };
}
