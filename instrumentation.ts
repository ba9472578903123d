// Next runs register() once per server process before it serves a request: the one
// place where migrations and seeding happen, never per request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareLanguageData, prepareRuntimeOrExit } = await import("./lib/startup");
  prepareRuntimeOrExit();
  await prepareLanguageData();
}
