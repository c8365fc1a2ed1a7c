// Runs one command and measures its wall time and the peak memory of its whole
// process tree (Chromium's browser, renderer, GPU and utility processes included).
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';

// /proc/<pid>/stat gives RSS in pages, and pages are not 4 KiB everywhere (arm64).
const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }));
const SAMPLE_EVERY_MS = 50;
export const RUN_TIMEOUT_MS = 20 * 60 * 1000;

/** Parent pid, session id and resident set size of one process, or undefined if it is gone. */
function readStat(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // it exited while we looked: a normal race
  }
  // The command name (field 2) is in parentheses and may contain spaces,
  // so split only what follows its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), session: Number(fields[3]), rssBytes: Number(fields[21]) * PAGE_SIZE };
}

/** The pids of all processes now. */
function listPids() {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/**
 * Returns a function that sums the RSS of `rootPid` and all its descendants,
 * and passes each of them to `visit(pid, rssBytes)` when given one.
 *
 * A process belongs to the tree if its parent does, or if it is in the root's
 * session (the root is started as a session leader): Chromium's crashpad
 * handler double-forks and is re-parented away from the tree. Shared pages
 * count once per process, as RSS always does.
 *
 * Reading every /proc/<pid>/stat each 50 ms would cost a few ms of CPU each
 * time on a 2-core machine, time taken from the tools being measured. A
 * process cannot join the tree after it started, so each process is classified
 * once, when its pid first appears; only the tree's own members are read again.
 */
export function createTreeSampler(rootPid) {
  const tree = new Set([rootPid]);
  let seen = new Set();
  return function sampleTreeRss(visit) {
    const pids = listPids();
    const fresh = pids.filter((pid) => !seen.has(pid));
    seen = new Set(pids);
    // A child can be listed before its parent is known to be in the tree:
    // classify until nothing changes.
    let pending = fresh.map((pid) => [pid, readStat(pid)]).filter(([, stat]) => stat);
    for (let changed = true; changed;) {
      changed = false;
      pending = pending.filter(([pid, stat]) => {
        if (!tree.has(pid) && stat.session !== rootPid && !tree.has(stat.ppid)) return true;
        tree.add(pid);
        changed = true;
        return false;
      });
    }
    let total = 0;
    for (const pid of tree) {
      const stat = readStat(pid);
      if (stat) {
        total += stat.rssBytes;
        visit?.(pid, stat.rssBytes);
      } else tree.delete(pid); // exited: its pid may be reused by a stranger
    }
    return total;
  };
}

/** Process groups of the runs in progress, to stop them if the bench is stopped. */
const running = new Set();

/** Kills every run in progress, with all its processes. */
export function stopAllRuns() {
  for (const pid of running) killGroup(pid);
}

/** Kills whatever is left of the run's process group (stray Chromium helpers). */
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone, which is the normal case.
  }
}

/**
 * Spawns `command args` and resolves to { ms, peakBytes, code, output }.
 * stdin is closed because md-to-pdf waits for piped stdin otherwise. A run
 * still going after `timeoutMs` is killed (and fails).
 */
export function runMeasured(command, args, { cwd, env, timeoutMs = RUN_TIMEOUT_MS } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group and session: see createTreeSampler and killGroup
    });
    if (child.pid) running.add(child.pid);
    let output = '';
    const keepTail = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    child.stdout.on('data', keepTail);
    child.stderr.on('data', keepTail);

    let peakBytes = 0;
    const sampleTreeRss = createTreeSampler(child.pid);
    const sample = () => {
      peakBytes = Math.max(peakBytes, sampleTreeRss());
    };
    const sampler = setInterval(sample, SAMPLE_EVERY_MS);
    const timeout = setTimeout(() => killGroup(child.pid), timeoutMs);

    child.on('error', (error) => {
      clearInterval(sampler);
      clearTimeout(timeout);
      reject(error);
    });
    let ms;
    child.on('exit', () => {
      ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(sampler);
      clearTimeout(timeout);
      killGroup(child.pid);
      running.delete(child.pid);
    });
    // 'close' comes after 'exit' once the output pipes are drained.
    child.on('close', (code, signal) => {
      resolve({ ms, peakBytes, code: code ?? signal, output });
    });
  });
}
