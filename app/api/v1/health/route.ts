import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiRoute } from "@/lib/errors";
import { checkOllama } from "@/lib/llm/health";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  let database: "ok" | "error" = "ok";
  try {
    db().get(sql`select 1`);
  } catch (error) {
    console.error("[health] database check failed:", error);
    database = "error";
  }
  const ollama = await checkOllama();
  return Response.json({ db: database, ollama }, { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
