import "server-only";
import { z } from "zod";
import type { CoachProposal } from "@/lib/engine/coach-credit";
import { completeChat } from "@/lib/llm/complete";
import { LlmError } from "@/lib/llm/errors";
import { judgeMessages, type JudgedObjective } from "./prompts";

// What the model must answer: Ollama's structured outputs hold it to this shape, and zod checks it anyway.
const proposalsAnswer = z.object({ awards: z.array(z.object({ objective: z.string(), quote: z.string() })).max(10) });

function answerSchema(ids: string[]) {
  return {
    type: "object",
    properties: {
      awards: {
        type: "array",
        items: { type: "object", properties: { objective: { type: "string", enum: ids }, quote: { type: "string" } }, required: ["objective", "quote"] },
      },
    },
    required: ["awards"],
  };
}

/**
 * What the coach model proposes for a learner message, before lib/engine/coach-credit.ts admits any of it.
 * The app's judge route and `npm run eval:judge` both ask through here. A model failure, or an answer that is not
 * the JSON asked for, throws its LlmError.
 */
export async function askSecondOpinion({
  model,
  scene,
  character,
  after,
  open,
  message,
}: {
  model: string;
  scene: string;
  character: string;
  after?: string;
  open: JudgedObjective[];
  message: string;
}): Promise<CoachProposal[]> {
  const prompt = judgeMessages({ scene, character, after, objectives: open, message });
  // Temperature 0: the same message gets the same opinion, so asking is not a lottery.
  const answer = await completeChat({ model, messages: prompt, format: answerSchema(open.map((objective) => objective.id)), temperature: 0 });
  return readProposals(answer, model);
}

/**
 * A model that answers with something other than the JSON asked for (cut off by num_predict, empty, or a model that
 * ignores `format`) has given no opinion: a retryable fault, so nothing is stored and the message can be asked again.
 */
function readProposals(answer: string, model: string): CoachProposal[] {
  try {
    return proposalsAnswer.parse(JSON.parse(answer)).awards.map((award) => ({ objectiveId: award.objective, quote: award.quote }));
  } catch {
    console.warn(`[coach] ${model} answered the judge with no usable JSON: ${answer.slice(0, 200)}`);
    throw new LlmError("llm_error", `The coach model ${model} did not answer in the form asked for. Retry, or pick another coach model in Settings.`, true);
  }
}
