import fs from "node:fs";

const CLOCK_TICKS_PER_S = 100;

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces): index 0 is field 3, "state". */
function statFields(pid: number): string[] | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = statFields(Number(entry))?.[1];
    if (parent === String(pid)) children.push(Number(entry));
  }
  return children;
}

/** Socket inodes listening on `port` (IPv4 or IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of (readText(table) ?? "").split("\n").slice(1)) {
      const columns = line.trim().split(/\s+/);
      // local_address is column 1 ("ADDR:PORT"), state column 3 ("0A" = LISTEN), inode column 9.
      if (columns[1]?.endsWith(`:${hexPort}`) && columns[3] === "0A" && columns[9]) inodes.add(columns[9]);
    }
  }
  return inodes;
}

function holdsSocket(pid: number, inodes: Set<string>): boolean {
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return false;
  }
  return fds.some((fd) => {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      return match?.[1] !== undefined && inodes.has(match[1]);
    } catch {
      return false;
    }
  });
}

/**
 * The process listening on `port`: `rootPid` itself or one of its descendants (a launcher may fork
 * the real server). Falls back to `rootPid` when /proc cannot tell.
 */
export function listeningPid(rootPid: number, port: number): number {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return rootPid;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    if (holdsSocket(pid, inodes)) return pid;
    queue.push(...childrenOf(pid));
  }
  return rootPid;
}

/**
 * CPU time of a process in nanoseconds: the sum of its threads' scheduler run time, which is exact;
 * /proc/<pid>/stat's utime+stime (10 ms ticks) when schedstat is missing.
 */
export function cpuTimeNs(pid: number): number {
  try {
    let total = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const runNs = Number(readText(`/proc/${pid}/task/${task}/schedstat`)?.split(" ")[0]);
      if (!Number.isFinite(runNs)) throw new Error("no schedstat");
      total += runNs;
    }
    if (total > 0) return total;
  } catch {
    // fall through to the coarse counters
  }
  const fields = statFields(pid);
  if (!fields) throw new Error(`process ${pid} is gone`);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1e9) / CLOCK_TICKS_PER_S;
}

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readText(`/proc/${pid}/status`) ?? "");
  if (!match?.[1]) throw new Error(`process ${pid} is gone`);
  return Number(match[1]) * 1024;
}

/** Samples a process's RSS every `intervalMs` until stopped; keeps the peak. */
export function sampleRss(pid: number, intervalMs = 100) {
  const samples: number[] = [rssBytes(pid)];
  const timer = setInterval(() => {
    try {
      samples.push(rssBytes(pid));
    } catch {
      clearInterval(timer);
    }
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(rssBytes(pid));
      return { peak: Math.max(...samples), last: samples.at(-1) as number, samples };
    },
  };
}

/** Megabytes as the targets count them (10^6 bytes). */
export const MB = 1e6;
