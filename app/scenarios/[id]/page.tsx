import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getScenario } from "@/db/queries/scenarios";
import { requireUser } from "@/lib/auth/session";
import { capabilities } from "@/lib/coach/profile";
import { sceneDetail } from "@/lib/engine/conversation-view";
import { SceneView } from "./scene-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getScenario({ id: (await params).id })?.title ?? "Scene" };
}

export default async function ScenePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/scenarios/${id}`);
  const detail = sceneDetail({ userId: user.id, scenarioId: id });
  if (!detail) notFound();
  // Known on the server already: the microphone is there from the first paint, or never.
  return <SceneView initial={detail} speechInput={capabilities().speech_input} />;
}
