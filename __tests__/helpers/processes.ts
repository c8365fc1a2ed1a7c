// Finds the processes a run started, through /proc: the browser lives in a process group and session of
// its own (puppeteer detaches it), and some of its helpers (crashpad) leave even that and are re-parented
// once the run is gone, so the parent chain alone cannot find them afterwards.
import fs from 'node:fs';

interface ProcessEntry {
  pid: number;
  ppid: number;
  session: number;
  state: string;
  /** Start time in clock ticks since boot: with the pid, names a process even if the pid is reused. */
  start: string;
  command: string;
}

/** One process's line of /proc/<pid>/stat, or undefined when it is gone. */
function readProcess(pid: number): ProcessEntry | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  // `pid (comm) state ppid pgrp session …`; comm may hold spaces and parentheses.
  const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    pid,
    state: fields[0]!,
    ppid: Number(fields[1]),
    session: Number(fields[3]),
    start: fields[19]!,
    command,
  };
}

function processTable(): ProcessEntry[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((entry): entry is ProcessEntry => entry !== undefined && entry.state !== 'Z');
}

function environmentHas(pid: number, variable: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(variable);
  } catch {
    return false;
  }
}

/**
 * The processes started by one run: those below its root process, those whose environment carries the
 * run's marker variable (`NAME=value`, inherited by every child), and every process in their sessions.
 */
export class RunProcesses {
  private readonly known = new Map<number, string>();
  private readonly sessions = new Set<number>();
  private readonly rootSession: number;

  constructor(
    private readonly root: number,
    private readonly marker: string,
  ) {
    this.rootSession = readProcess(root)?.session ?? -1;
  }

  /** Looks at the process table now (while the run is going) and remembers what belongs to the run. */
  scan(): void {
    const table = processTable();
    const byPid = new Map(table.map((entry) => [entry.pid, entry]));
    const below = (entry: ProcessEntry): boolean => {
      for (let p = entry.ppid, hops = 0; p > 1 && hops < 64; p = byPid.get(p)?.ppid ?? 0, hops++)
        if (p === this.root) return true;
      return false;
    };
    for (const entry of table) {
      if (entry.pid === this.root) continue;
      if (below(entry) || environmentHas(entry.pid, this.marker) || this.sessions.has(entry.session)) {
        this.known.set(entry.pid, entry.start);
        if (entry.session !== this.rootSession) this.sessions.add(entry.session);
      }
    }
  }

  /** The run's processes found so far (besides the root), e.g. `1234 chromium`. */
  found(): string[] {
    return [...this.known.keys()].map((pid) => `${pid} ${readProcess(pid)?.command ?? '(gone)'}`);
  }

  /** The run's processes alive now, besides the root, e.g. `1234 chromium`: the ones seen, and any new one of theirs. */
  alive(): string[] {
    return this.aliveEntries().map((entry) => `${entry.pid} ${entry.command}`);
  }

  /** Kills whatever of the run is still alive (cleanup after a failed test, on a shared machine). */
  killAll(): void {
    for (const { pid } of this.aliveEntries()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
  }

  private aliveEntries(): ProcessEntry[] {
    return processTable().filter(
      (entry) =>
        entry.pid !== this.root &&
        (this.known.get(entry.pid) === entry.start ||
          this.sessions.has(entry.session) ||
          environmentHas(entry.pid, this.marker)),
    );
  }
}
