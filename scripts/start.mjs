// `npm start`: build once if there is no production build, then serve it.
// Migrations, seeding and the secret happen inside the server (instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
  console.log("[alltag] no production build yet: running `next build` (a minute or two, once)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const args = [nextBin, "start", ...process.argv.slice(2)];
if (process.env.PORT && !args.includes("-p") && !args.includes("--port")) args.push("--port", process.env.PORT);
const server = spawn(process.execPath, args, { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
