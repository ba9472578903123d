import { describe, expect, it } from "vitest";
import type { CoachJudgementResult } from "@/lib/sse/events";
import type { CoachMetadataEvent } from "./coach-types";
import { CONNECTION_LOST, OFFLINE, afterLostSend, helpTarget, initialSceneState, sceneReducer, stopAgain, type SceneEvent, type SceneState } from "./scene-state";
import type { ScenarioDetail } from "./scene-types";

function detail(overrides: Partial<ScenarioDetail> = {}): ScenarioDetail {
  return {
    scenario: { id: "restaurant", title: "Im Restaurant", subtitle: "", character: { name: "Hans", role: "Kellner", persona: "" }, setting: "", level: "A1", opening_line: "Guten Abend!" },
    conversation: null,
    messages: [],
    objectives: [
      { id: "greet", title: "Greet Hans", points: 10, done: false, evidence: null, judged_by: null, examples: ["Hallo"], points_left: 10, hints: [], next_hint_cost: 3 },
      { id: "order_drink", title: "Order a drink", points: 20, done: false, evidence: null, judged_by: null, examples: ["Ein Wasser, bitte"], points_left: 20, hints: [], next_hint_cost: 5 },
    ],
    score: 0,
    total_points: 30,
    conversation_complete: false,
    live_turn: null,
    ...overrides,
  };
}

const storedMessage = (id: string, role: "user" | "assistant", content: string, extra: object = {}) => ({ id, role, content, status: "complete" as const, error_code: null, created_at: "2026-11-26T06:00:00.000Z", translation: null, ...extra });

function metadata(extra: Partial<CoachMetadataEvent> = {}): CoachMetadataEvent {
  return { type: "metadata", conversation_id: "c1", objectives_completed: [], score_change: 0, score: 0, ...extra };
}

const run = (events: SceneEvent[], start: SceneState = initialSceneState(detail())) => events.reduce(sceneReducer, start);

describe("sceneReducer", () => {
  it("shows the opening line of a scene not yet started, unstored so no coach action targets it", () => {
    const state = initialSceneState(detail());
    expect(state.messages).toEqual([expect.objectContaining({ id: "opening", content: "Guten Abend!", stored: false })]);
  });

  it("keeps the level the round started at, learnt once the round is stored", () => {
    expect(initialSceneState(detail()).roundLevel).toBeNull();
    const conversation = { id: "c1", scenario_id: "restaurant", status: "open" as const, level: "A2" as const, score: 0, total_points: 30, created_at: "", updated_at: "", ended_at: null };
    expect(sceneReducer(initialSceneState(detail()), { type: "loaded", detail: detail({ conversation }) }).roundLevel).toBe("A2");
  });

  it("loads stored checks and translations from the scene detail", () => {
    const check = { findings: [], corrected: "Hallo!" };
    const state = initialSceneState(detail({ messages: [storedMessage("m1", "assistant", "Guten Abend!", { translation: "Good evening!" }), storedMessage("m2", "user", "Hallo!", { check })] }));
    expect(state.messages.map((message) => [message.id, message.translation, message.check])).toEqual([
      ["m1", "Good evening!", null],
      ["m2", null, check],
    ]);
  });

  it("gives the sent message the server's id and its feedback from the metadata frame", () => {
    const feedback = { message_id: "u1", findings: [{ start: 14, end: 17, original: "ein", suggestion: "eine", kind: "gender" as const, explanation: "Schorle is feminine: eine Apfelschorle" }], corrected: "Ich hätte gern eine Apfelschorle" };
    const state = run([
      { type: "sent", localId: "local-1", text: "Ich hätte gern ein Apfelschorle" },
      { type: "turn_started" },
      { type: "metadata", event: metadata({ user_message_id: "u1", feedback }), noticeKey: 1 },
    ]);
    const sent = state.messages.at(-1);
    expect(sent).toMatchObject({ id: "u1", stored: true, check: { corrected: "Ich hätte gern eine Apfelschorle" } });
    expect(sent?.check?.findings[0]?.suggestion).toBe("eine");
  });

  it("confirms the message this turn sent, not an earlier one with the same words", () => {
    const start = initialSceneState(detail({ messages: [storedMessage("m1", "assistant", "Guten Abend!"), storedMessage("u0", "user", "Hallo")] }));
    const state = run([{ type: "sent", localId: "local-1", text: "Hallo" }, { type: "metadata", event: metadata({ user_message_id: "u9" }), noticeKey: 1 }], start);
    expect(state.messages.map((message) => message.id)).toEqual(["m1", "u0", "u9"]);
  });

  it("withdraws a refused message", () => {
    const state = run([{ type: "sent", localId: "local-1", text: "Hallo" }, { type: "withdrawn", localId: "local-1" }]);
    expect(state.messages.map((message) => message.id)).toEqual(["opening"]);
  });

  it("marks earned objectives with their evidence and announces the points", () => {
    const state = run([{ type: "metadata", event: metadata({ objectives_completed: [{ id: "greet", title: "Greet Hans", points: 10, evidence: "Hallo" }], score_change: 10, score: 10 }), noticeKey: 7 }]);
    expect(state.objectives[0]).toMatchObject({ done: true, evidence: "Hallo", next_hint_cost: null });
    expect(state.score).toBe(10);
    expect(state.notice).toEqual({ key: 7, points: 10, titles: ["Greet Hans"], waiting: [] });
  });

  it("says why words said too early earned nothing yet", () => {
    const state = run([{ type: "metadata", event: metadata({ objectives_waiting: [{ id: "say_goodbye", title: "Say goodbye", after: ["Ask for the bill"] }] }), noticeKey: 3 }]);
    expect(state.notice).toEqual({ key: 3, points: 0, titles: [], waiting: ["“Say goodbye” counts after “Ask for the bill”"] });
  });

  it("walks a turn through its phases and settles the reply", () => {
    const states: string[] = [];
    let state = initialSceneState(detail());
    for (const event of [{ type: "turn_started" }, { type: "first_token" }, { type: "reply_settled", id: "r1", content: "Gern!", status: "complete", stored: true }, { type: "turn_completed", score: 30, conversationComplete: true }, { type: "turn_ended" }] as SceneEvent[]) {
      state = sceneReducer(state, event);
      states.push(state.phase);
    }
    expect(states).toEqual(["waiting", "streaming", "streaming", "streaming", "idle"]);
    expect(state.messages.at(-1)).toMatchObject({ id: "r1", content: "Gern!", stored: true });
    expect(state).toMatchObject({ score: 30, complete: true });
  });

  it("drops a reply that ended before any text", () => {
    const before = initialSceneState(detail());
    expect(sceneReducer(before, { type: "reply_settled", id: "r1", content: "", status: "error", stored: false })).toBe(before);
  });

  it("continues a cut-off reply in its own place: out of the history while it streams, back under the same id", () => {
    const start = initialSceneState(detail({ messages: [storedMessage("m1", "assistant", "Guten Abend!"), storedMessage("u1", "user", "Hallo"), storedMessage("r1", "assistant", "Gern, ich", { status: "interrupted" })] }));
    expect(start.failure).toMatchObject({ code: "interrupted", canRetry: true, canContinue: true });
    const streaming = run([{ type: "turn_started" }, { type: "reply_resumed", id: "r1" }], start);
    expect(streaming.failure).toBeNull();
    expect(streaming.messages.map((message) => message.id)).toEqual(["m1", "u1"]);
    const done = run([{ type: "reply_settled", id: "r1", content: "Gern, ich bringe es.", status: "complete", stored: true }, { type: "turn_ended" }], streaming);
    expect(done.messages.map((message) => [message.id, message.content, message.status])).toEqual([
      ["m1", "Guten Abend!", "complete"],
      ["u1", "Hallo", "complete"],
      ["r1", "Gern, ich bringe es.", "complete"],
    ]);
  });

  it("settles a reply whose id is still in the history in place, never twice", () => {
    const start = initialSceneState(detail({ messages: [storedMessage("r1", "assistant", "Gern", { status: "streaming" })] }));
    const state = sceneReducer(start, { type: "reply_settled", id: "r1", content: "Gern, sofort.", status: "interrupted", stored: true });
    expect(state.messages.map((message) => [message.id, message.content, message.status])).toEqual([["r1", "Gern, sofort.", "interrupted"]]);
  });

  it("offers Continue for a stored cut-off reply only once no turn is writing it", () => {
    const messages = [storedMessage("u1", "user", "Hallo"), storedMessage("r1", "assistant", "Gern", { status: "interrupted" })];
    expect(initialSceneState(detail({ messages })).failure?.canContinue).toBe(true);
    expect(initialSceneState(detail({ messages, live_turn: { turn_id: "r1~2" } })).failure).toBeNull();
    expect(initialSceneState(detail({ messages: [storedMessage("u1", "user", "Hallo"), storedMessage("r1", "assistant", "", { status: "interrupted" })] })).failure).toBeNull();
  });

  it("says it is reconnecting from a drop until the stream is back or the turn ends", () => {
    const dropped = run([{ type: "turn_started" }, { type: "first_token" }, { type: "reconnecting" }]);
    expect(dropped).toMatchObject({ phase: "streaming", reconnecting: true });
    expect(sceneReducer(dropped, { type: "reconnected" })).toMatchObject({ phase: "streaming", reconnecting: false });
    expect(sceneReducer(dropped, { type: "turn_ended" })).toMatchObject({ phase: "idle", reconnecting: false });
  });

  it("does not announce the points again when a replay resends the metadata", () => {
    const earned = metadata({ objectives_completed: [{ id: "greet", title: "Greet Hans", points: 10, evidence: "Hallo" }], score_change: 10, score: 10 });
    const announced = run([{ type: "metadata", event: earned, noticeKey: 4 }, { type: "notice_dismissed" }]);
    const replayed = sceneReducer(announced, { type: "metadata", event: earned, noticeKey: null });
    expect(replayed.notice).toBeNull();
    expect(replayed.objectives[0]).toMatchObject({ done: true, evidence: "Hallo" });
    expect(replayed.score).toBe(10);
  });

  it("keeps a failure until the next turn starts", () => {
    const failure = { code: "llm_timeout", message: "Slow", retryable: true, canRetry: true };
    const failed = run([{ type: "turn_failed", failure }]);
    expect(failed.failure).toEqual(failure);
    expect(sceneReducer(failed, { type: "turn_started" }).failure).toBeNull();
  });

  it("tracks each coach action per message: busy, then its result or its error, never losing the text", () => {
    const start = initialSceneState(detail({ messages: [storedMessage("m1", "assistant", "Was darf es sein?")] }));
    const error = { code: "model_not_found", message: "Run `ollama pull qwen`." };
    const failed = run([{ type: "coach_requested", messageId: "m1", action: "translate" }, { type: "coach_failed", messageId: "m1", action: "translate", error }], start);
    expect(failed.messages[0]!).toMatchObject({ content: "Was darf es sein?", busy: {}, errors: { translate: error }, translation: null });
    const busy = sceneReducer(failed, { type: "coach_requested", messageId: "m1", action: "translate" });
    expect(busy.messages[0]?.busy).toEqual({ translate: true });
    const done = sceneReducer(busy, { type: "translated", messageId: "m1", translation: "What would you like?" });
    expect(done.messages[0]!).toMatchObject({ translation: "What would you like?", busy: {}, errors: {} });
  });

  it("stores a requested check and an explanation on the learner's message", () => {
    const start = initialSceneState(detail({ messages: [storedMessage("u1", "user", "ich möchtet Wasser")] }));
    const check = { findings: [{ start: 4, end: 11, original: "möchtet", suggestion: "möchte", kind: "conjugation" as const, explanation: "With ich: möchte" }], corrected: "ich möchte Wasser" };
    const state = run(
      [
        { type: "coach_requested", messageId: "u1", action: "check" },
        { type: "checked", messageId: "u1", check },
        { type: "coach_requested", messageId: "u1", action: "explain" },
        { type: "explained", messageId: "u1", explanation: "Möchte goes with ich." },
      ],
      start,
    );
    expect(state.messages[0]!).toMatchObject({ check, explanation: "Möchte goes with ich.", busy: {} });
  });

  it("climbs the hint ladder: points left fall, the next cost shows until step 3", () => {
    const hint = (step: number, pointsLeft: number) => ({ type: "hint_received", hint: { objective_id: "order_drink", step, text: `hint ${step}`, cost: 5, points_left: pointsLeft } }) as SceneEvent;
    const afterOne = run([{ type: "hint_requested" }, hint(1, 15)]);
    expect(afterOne.objectives[1]).toMatchObject({ points_left: 15, next_hint_cost: 5, hints: [{ step: 1, text: "hint 1", cost: 5 }] });
    expect(afterOne.hint).toMatchObject({ busy: false, shown: { step: 1 } });
    const afterThree = run([hint(2, 10), hint(3, 5)], afterOne);
    expect(afterThree.objectives[1]).toMatchObject({ points_left: 5, next_hint_cost: null });
    expect(afterThree.objectives[1]?.hints?.map((step) => step.step)).toEqual([1, 2, 3]);
  });

  it("shows a hint error beside Help and clears it on the next try", () => {
    const error = { code: "no_more_hints", message: "No more hints for this objective." };
    const failed = run([{ type: "hint_requested" }, { type: "hint_failed", error }]);
    expect(failed.hint).toEqual({ busy: false, error, shown: null });
    expect(sceneReducer(failed, { type: "hint_requested" }).hint.error).toBeNull();
  });

  it("keeps the notice and the open hint when the stored scene is reloaded", () => {
    const hinted = run([
      { type: "metadata", event: metadata({ objectives_completed: [{ id: "greet", title: "Greet Hans", points: 10, evidence: "Hallo" }], score_change: 10, score: 10 }), noticeKey: 3 },
      { type: "hint_received", hint: { objective_id: "order_drink", step: 1, text: "Order", cost: 5, points_left: 15 } },
    ]);
    const reloaded = sceneReducer(hinted, { type: "loaded", detail: detail({ messages: [storedMessage("m1", "assistant", "Guten Abend!")] }) });
    expect(reloaded.messages.map((message) => message.id)).toEqual(["m1"]);
    expect(reloaded.notice?.key).toBe(3);
    expect(reloaded.hint.shown?.step).toBe(1);
  });
});

describe("the coach's second opinion", () => {
  const error = { code: "llm_timeout", message: "The coach took too long. Ask again in a moment." };
  // The learner's message the rules credited nothing for, stored as u1, and its reply.
  const judgedTurn: SceneEvent[] = [
    { type: "sent", localId: "local-1", text: "Einmal zahlen, bitte, mit Karte" },
    { type: "turn_started" },
    { type: "metadata", event: metadata({ user_message_id: "u1", coach_judge: "pending" }), noticeKey: 1 },
    { type: "reply_settled", id: "r1", content: "Gern.", status: "complete", stored: true },
    { type: "turn_completed", score: 0, conversationComplete: false },
    { type: "turn_ended" },
  ];
  const result = (extra: Partial<CoachJudgementResult> = {}): CoachJudgementResult => ({
    message_id: "u1",
    objectives_completed: [{ id: "order_drink", title: "Order a drink", points: 20, evidence: "zahlen, bitte", judged_by: "coach" }],
    score_change: 20,
    score: 20,
    conversation_complete: false,
    answered_before: false,
    ...extra,
  });

  it("shows the check running, then marks the credited objective with its evidence, who judged it, the score and the notice", () => {
    const checking = run([...judgedTurn, { type: "judge_requested", messageId: "u1" }]);
    expect(checking.judge).toEqual({ status: "checking", messageId: "u1" });
    const credited = sceneReducer(checking, { type: "judged", result: result(), noticeKey: 9 });
    expect(credited.objectives[1]).toMatchObject({ id: "order_drink", done: true, evidence: "zahlen, bitte", judged_by: "coach", next_hint_cost: null });
    expect(credited.objectives[0]).toMatchObject({ id: "greet", done: false });
    expect(credited).toMatchObject({ score: 20, complete: false, judge: { status: "credited", titles: ["Order a drink"], points: 20 } });
    expect(credited.notice).toEqual({ key: 9, points: 20, titles: ["Order a drink"], waiting: [], judgedBy: "coach" });
    // What the learner typed and saw stays as it was.
    expect(credited.messages).toEqual(checking.messages);
  });

  it("says who judged each credit: the coach only when it says so, the rules otherwise", () => {
    const byRules = run([{ type: "metadata", event: metadata({ objectives_completed: [{ id: "greet", title: "Greet Hans", points: 10, evidence: "Hallo" }], score_change: 10, score: 10 }), noticeKey: 1 }]);
    expect(byRules.objectives[0]?.judged_by).toBe("rules");
    // A late credit is the coach's even when the answer leaves the field out.
    const plain = { id: "order_drink", title: "Order a drink", points: 20, evidence: "zahlen, bitte" };
    const late = run([...judgedTurn, { type: "judged", result: result({ objectives_completed: [plain] }), noticeKey: 2 }]);
    expect(late.objectives[1]?.judged_by).toBe("coach");
  });

  it("ends the round as a completing turn does: complete, the open hint closed", () => {
    const hinted = run([...judgedTurn, { type: "hint_received", hint: { objective_id: "order_drink", step: 1, text: "Order", cost: 5, points_left: 15 } }, { type: "judge_requested", messageId: "u1" }]);
    expect(hinted.hint.shown).not.toBeNull();
    const done = sceneReducer(hinted, { type: "judged", result: result({ conversation_complete: true, score: 30 }), noticeKey: 3 });
    expect(done).toMatchObject({ complete: true, score: 30, phase: "idle", hint: { busy: false, error: null, shown: null } });
  });

  it("changes nothing but the status when the coach credits nothing, and the note goes when dismissed", () => {
    const checking = run([...judgedTurn, { type: "judge_requested", messageId: "u1" }]);
    const nothing = sceneReducer(checking, { type: "judged", result: result({ objectives_completed: [], score_change: 0, score: 0 }), noticeKey: 4 });
    expect(nothing).toEqual({ ...checking, judge: { status: "nothing", messageId: "u1" } });
    expect(sceneReducer(nothing, { type: "judge_dismissed" })).toEqual({ ...checking, judge: null });
  });

  it("keeps a failure as a note with the server's message, changing nothing else, until dismissed or the next turn", () => {
    const checking = run([...judgedTurn, { type: "judge_requested", messageId: "u1" }]);
    const failed = sceneReducer(checking, { type: "judge_failed", messageId: "u1", error });
    expect(failed).toEqual({ ...checking, judge: { status: "failed", messageId: "u1", error } });
    expect(sceneReducer(failed, { type: "judge_dismissed" }).judge).toBeNull();
    expect(sceneReducer(failed, { type: "turn_started" }).judge).toBeNull();
  });

  it("keeps a running check through the next turn, a reload and a dismissal", () => {
    const checking = run([...judgedTurn, { type: "judge_requested", messageId: "u1" }]);
    expect(run([{ type: "turn_started" }, { type: "judge_dismissed" }], checking).judge).toEqual({ status: "checking", messageId: "u1" });
    const stored = detail({ messages: [storedMessage("m1", "assistant", "Guten Abend!"), storedMessage("u1", "user", "Einmal zahlen, bitte, mit Karte"), storedMessage("r1", "assistant", "Gern.")] });
    expect(sceneReducer(checking, { type: "loaded", detail: stored }).judge).toEqual({ status: "checking", messageId: "u1" });
  });

  it("keeps a late credit when a turn's frames that began before it arrive after it", () => {
    const judged = sceneReducer(run([...judgedTurn, { type: "judge_requested", messageId: "u1" }]), { type: "judged", result: result({ score: 30, conversation_complete: true }), noticeKey: 1 });
    const after = sceneReducer(judged, { type: "turn_completed", score: 10, conversationComplete: false });
    expect(after).toMatchObject({ score: 30, complete: true });
  });

  it("keeps a late credit when a snapshot of the round read before it arrives after it", () => {
    const judged = sceneReducer(run(judgedTurn), { type: "judged", result: result(), noticeKey: 1 });
    const round = { id: "c1", scenario_id: "restaurant", status: "open", level: "A1", score: 0, total_points: 30, created_at: "2026-11-26T06:00:00.000Z", updated_at: "2026-11-26T06:00:00.000Z", ended_at: null } as const;
    const stale = detail({ conversation: round, messages: [storedMessage("u1", "user", "Einmal zahlen, bitte, mit Karte", { check: null }), storedMessage("r1", "assistant", "Gern.")] });
    const reloaded = sceneReducer(judged, { type: "loaded", detail: stale });
    expect(reloaded.objectives.find((objective) => objective.id === "order_drink")).toMatchObject({ done: true, judged_by: "coach" });
    expect(reloaded.score).toBe(judged.score);
  });

  it("announces a credit once: asked again after a reload, the stored answer changes nothing", () => {
    // …while a snapshot that showed the credit before the answer came does not keep the answer from being announced.
    const seen = sceneReducer(run(judgedTurn), { type: "judged", result: result({ objectives_completed: [] }), noticeKey: 0 });
    expect(sceneReducer({ ...seen, objectives: seen.objectives.map((objective) => ({ ...objective, done: true })) }, { type: "judged", result: result(), noticeKey: 3 }).notice).toMatchObject({ key: 3 });
    const first = sceneReducer(run(judgedTurn), { type: "judged", result: result(), noticeKey: 1 });
    const again = sceneReducer({ ...first, notice: null, judge: null }, { type: "judged", result: result({ answered_before: true }), noticeKey: 2 });
    expect(again.notice).toBeNull();
    expect(again.judge).toBeNull();
  });

  it("never lowers the score when the result crossed a later turn's metadata", () => {
    const later = run([...judgedTurn, { type: "judge_requested", messageId: "u1" }, { type: "metadata", event: metadata({ objectives_completed: [{ id: "greet", title: "Greet Hans", points: 10, evidence: "Hallo" }], score_change: 10, score: 10 }), noticeKey: 5 }]);
    expect(sceneReducer(later, { type: "judged", result: result({ score: 20 }), noticeKey: 6 }).score).toBe(20);
    expect(sceneReducer({ ...later, score: 30 }, { type: "judged", result: result({ score: 20 }), noticeKey: 6 }).score).toBe(30);
  });

  it("lets an older message's outcome not replace the check running on a newer one", () => {
    const both = run([...judgedTurn, { type: "judge_requested", messageId: "u1" }, { type: "sent", localId: "local-2", text: "Noch etwas" }, { type: "metadata", event: metadata({ user_message_id: "u2", coach_judge: "pending" }), noticeKey: 7 }, { type: "judge_requested", messageId: "u2" }]);
    expect(sceneReducer(both, { type: "judged", result: result({ objectives_completed: [], score_change: 0 }), noticeKey: 8 }).judge).toEqual({ status: "checking", messageId: "u2" });
    expect(sceneReducer(both, { type: "judge_failed", messageId: "u1", error }).judge).toEqual({ status: "checking", messageId: "u2" });
    const credited = sceneReducer(both, { type: "judged", result: result(), noticeKey: 8 });
    expect(credited.objectives[1]?.done).toBe(true);
    expect(credited.judge).toEqual({ status: "checking", messageId: "u2" });
  });

  it("ignores a result for a round the learner restarted meanwhile", () => {
    const checking = run([...judgedTurn, { type: "judge_requested", messageId: "u1" }]);
    const restarted = sceneReducer(checking, { type: "loaded", detail: detail() });
    expect(restarted.judge).toBeNull();
    const after = sceneReducer(restarted, { type: "judged", result: result({ conversation_complete: true }), noticeKey: 9 });
    expect(after).toEqual(restarted);
    expect(sceneReducer(restarted, { type: "judge_failed", messageId: "u1", error })).toEqual(restarted);
  });
});

describe("helpTarget", () => {
  it("helps with the first open objective, and with none when all are done", () => {
    const state = initialSceneState(detail());
    expect(helpTarget(state.objectives)?.id).toBe("greet");
    expect(helpTarget(state.objectives.map((objective) => ({ ...objective, done: true })))).toBeUndefined();
  });
});

describe("afterLostSend", () => {
  const sent = [storedMessage("u1", "user", "Hallo")];
  const liveTurn = { turn_id: "t1", reply_message_id: "a1", started_at: "2026-11-26T06:00:00.000Z" };

  it("follows the reply the server is writing when the message arrived and its turn is live", () => {
    expect(afterLostSend(detail({ messages: sent, live_turn: liveTurn as ScenarioDetail["live_turn"] }), true, 0)).toEqual({ follow: true, refused: false, failure: null });
  });

  it("says the connection dropped when the message was stored and nothing is being written", () => {
    expect(afterLostSend(detail({ messages: sent }), true, 0)).toEqual({ follow: false, refused: false, failure: CONNECTION_LOST });
  });

  it("gives the words back when the message never arrived, or the server cannot be reached", () => {
    expect(afterLostSend(detail(), true, 0)).toEqual({ follow: false, refused: true, failure: OFFLINE });
    expect(afterLostSend(null, true, 0)).toEqual({ follow: false, refused: true, failure: OFFLINE });
  });
});

describe("stopAgain", () => {
  it("asks again at once when the turn was named while the first Stop was on its way", () => {
    expect(stopAgain(false, false, true)).toBe("now");
  });

  it("asks again once the metadata names the turn, when Stop came before it started", () => {
    expect(stopAgain(false, false, false)).toBe("once_named");
  });

  it("does not ask again when the turn was stopped, or was already named when Stop was pressed", () => {
    expect(stopAgain(true, false, true)).toBeNull();
    expect(stopAgain(false, true, true)).toBeNull();
    expect(stopAgain(undefined, false, false)).toBeNull();
  });
});
