// Cancellation, as `docker stop`, Kubernetes, systemd, Ctrl-C and a cancelled GitHub job do it: the bundled
// CLI and action get SIGTERM or SIGINT (or SIGKILL) in the middle of a batch. Each case waits for the
// first PDF to be written (never a sleep), signals, then checks the exit code, that no browser process is
// left, that no temporary file is left, and that every PDF on disk is whole.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer } from '../helpers/github-server.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { RunProcesses } from '../helpers/processes.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';
import { ACTION, runnerStep } from '../helpers/runner-env.js';
import type { RunnerStep } from '../helpers/runner-env.js';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');
/** Enough short documents that, two at a time, the run is still going when the first is written. */
const DOCUMENTS = 150;
/** The promise: a signalled run ends within 5 s. A generous limit, not a timing measurement. */
const EXIT_LIMIT_MS = 5000;

const folders: string[] = [];
const runs: Run[] = [];
afterEach(() => {
  // A failed case must not leave its run or its browser behind on a shared machine.
  for (const run of runs.splice(0)) {
    run.child.kill('SIGKILL');
    run.processes.killAll();
  }
});
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function batchWorkspace(): string {
  const workspace = tempDir('cancel');
  folders.push(workspace);
  for (let n = 1; n <= DOCUMENTS; n++) {
    const name = String(n).padStart(3, '0');
    fs.writeFileSync(
      path.join(workspace, `doc-${name}.md`),
      `# Document ${name}\n\nA short report, ${name}.\n`,
    );
  }
  return workspace;
}

/** A started run: its process, everything it printed so far, and the processes it started. */
interface Run {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  processes: RunProcesses;
  /** The run's own TMPDIR: whatever it or its browser put there and left is seen. */
  temp: string;
}

function start(
  script: string,
  workspace: string,
  args: string[],
  env: Record<string, string | undefined>,
): Run {
  // Every process the run starts inherits this variable: it finds the browser's even once re-parented.
  const marker = `MD_PDF_CANCEL_TEST=${randomUUID()}`;
  const [name, value] = marker.split('=') as [string, string];
  // Short: the browser's singleton socket lies three folders below, and a socket's path is 107 bytes at most.
  const temp = tempDir('ct');
  folders.push(temp);
  const child = spawn(process.execPath, [script, ...args], {
    cwd: workspace,
    env: { ...env, TMPDIR: temp, [name]: value },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const run = { child, output: () => output, exited, processes: new RunProcesses(child.pid!, marker), temp };
  runs.push(run);
  return run;
}

function startCli(workspace: string): Run {
  return start(CLI, workspace, ['*.md', '--out-dir', 'pdf', '--concurrency', '2'], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
  });
}

/** Resolves once the run's output matches `pattern` (on stdout or stderr); rejects if it ends first. */
function outputMatches(run: Run, pattern: RegExp, what: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = (): void => {
      if (!pattern.test(run.output())) return;
      run.child.stdout.off('data', check);
      run.child.stderr.off('data', check);
      resolve();
    };
    run.child.stdout.on('data', check);
    run.child.stderr.on('data', check);
    void run.exited.then(() => reject(new Error(`the run ended before ${what}:\n${run.output()}`)));
    check();
  });
}

/** Resolves once the run has written its first PDF (the `✓` progress line), after noting its processes. */
async function firstPdfWritten(run: Run): Promise<void> {
  await outputMatches(run, /^✓ /m, 'writing a PDF');
  run.processes.scan();
  // The run is mid-flight and its browser was found: otherwise "no browser left" would prove nothing.
  expect(
    run.processes.found().some((p) => /chrom/i.test(p)),
    run.processes.found().join('\n'),
  ).toBe(true);
}

/** Sends `signal` and waits for the exit, failing the test if it takes longer than EXIT_LIMIT_MS. */
async function signalAndWait(run: Run, ...signals: NodeJS.Signals[]) {
  for (const signal of signals) run.child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.child.kill('SIGKILL');
      reject(new Error(`still running ${EXIT_LIMIT_MS} ms after ${signals.join(', ')}:\n${run.output()}`));
    }, EXIT_LIMIT_MS);
  });
  try {
    return await Promise.race([run.exited, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits (up to `ms`) for every process of the run to be gone; returns those still alive. */
async function processesLeft(run: Run, ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  let alive = run.processes.alive();
  while (alive.length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    alive = run.processes.alive();
  }
  return alive;
}

function filesUnder(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).map(String).sort() : [];
}

/**
 * The temporary files a run left: `.tmp` files in the workspace, and anything in its TMPDIR (the
 * browser's profile and Chromium's own temporary folder).
 */
function temporaryFilesLeft(run: Run, workspace: string): string[] {
  return [
    ...filesUnder(workspace).filter((name) => name.endsWith('.tmp')),
    ...fs.readdirSync(run.temp).map((name) => path.join('$TMPDIR', name)),
  ];
}

/** Every PDF is whole: header, end marker, and pdf-lib reads it with its pages. */
async function expectWholePdfs(folder: string): Promise<string[]> {
  const pdfs = filesUnder(folder).filter((name) => name.endsWith('.pdf'));
  for (const name of pdfs) {
    const bytes = fs.readFileSync(path.join(folder, name));
    expect(bytes.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
    expect(bytes.subarray(-32).toString('latin1').trimEnd().endsWith('%%EOF'), name).toBe(true);
    const document = await PDFDocument.load(bytes, { throwOnInvalidObject: true });
    expect(document.getPageCount(), name).toBe(1);
  }
  return pdfs;
}

/** What a cleanly cancelled run leaves: no process, no temporary file, whole PDFs, the right count. */
async function expectCleanCancel(run: Run, workspace: string, signal: 'SIGINT' | 'SIGTERM'): Promise<void> {
  expect(await processesLeft(run, 1000)).toEqual([]);
  expect(temporaryFilesLeft(run, workspace)).toEqual([]);
  const pdfs = await expectWholePdfs(path.join(workspace, 'pdf'));
  const summary = new RegExp(`cancelled \\(${signal}\\): (\\d+) of ${DOCUMENTS} written`).exec(run.output());
  expect(summary, run.output()).not.toBeNull();
  // Stopped early, and the summary counts exactly the PDFs that are there.
  expect(pdfs.length).toBeGreaterThan(0);
  expect(pdfs.length).toBeLessThan(DOCUMENTS);
  expect(pdfs.length).toBe(Number(summary![1]));
}

let server: GitHubServer;
beforeAll(async () => {
  expect(fs.existsSync(CLI), 'dist/cli.js exists (npm run bundle)').toBe(true);
  expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
  server = await startGitHubServer();
});
afterAll(async () => server?.close());

/** The action on a pull request, set to upload an artifact and post a comment: any request is publishing. */
function startAction(workspace: string): { run: Run; step: RunnerStep } {
  const eventPath = path.join(workspace, '..', `event-${path.basename(workspace)}.json`);
  folders.push(eventPath);
  fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc123' } } }));
  const step = runnerStep(
    workspace,
    {
      files: '*.md',
      'artifact-name': 'reports',
      'pr-comment': 'true',
      'github-token': server.token,
      concurrency: '2',
      // Every document, without asking GitHub which ones the PR changed: any request is then publishing.
      'changed-only': 'false',
    },
    server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }),
  );
  folders.push(path.dirname(step.outputFile));
  return { run: start(ACTION, workspace, [], step.env), step };
}

describe('md-pdf (dist/cli.js) stopped by a signal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s: stops within seconds, exits %i, leaves no browser, no temporary file and only whole PDFs',
    async (signal, code) => {
      const workspace = batchWorkspace();
      const run = startCli(workspace);
      await firstPdfWritten(run);
      const exit = await signalAndWait(run, signal);
      expect(exit, run.output()).toEqual({ code, signal: null });
      await expectCleanCancel(run, workspace, signal);
      expect(run.output()).toMatch(new RegExp(`md-pdf: ${signal}: finishing the documents in flight`));
    },
  );
});

describe('the action (dist/index.js) stopped by a signal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: exits %i, says it was cancelled, and publishes nothing', async (signal, code) => {
    const workspace = batchWorkspace();
    const requestsBefore = server.requests.length;
    const { run, step } = startAction(workspace);
    await firstPdfWritten(run);
    const exit = await signalAndWait(run, signal);
    expect(exit, run.output()).toEqual({ code, signal: null });
    await expectCleanCancel(run, workspace, signal);
    expect(run.output()).toMatch(
      new RegExp(
        `^::warning::The run was cancelled \\(${signal}\\): \\d+ of ${DOCUMENTS} written; nothing was published$`,
        'm',
      ),
    );
    // No artifact of a partial set, no comment: GitHub was not asked anything.
    expect(server.requests.slice(requestsBefore)).toEqual([]);
    expect(server.artifacts).toEqual([]);
    const summary = fs.readFileSync(step.summaryFile, 'utf8');
    expect(summary).toContain('Cancelled');
    expect(summary).toMatch(
      new RegExp(`The run was cancelled \\(${signal}\\): \\d+ of ${DOCUMENTS} written`),
    );
    expect(fs.readFileSync(step.outputFile, 'utf8')).not.toContain('artifact-id');
  });
});

describe.each([
  { entry: 'md-pdf (dist/cli.js)', startRun: startCli, again: 'md-pdf: ' },
  {
    entry: 'the action (dist/index.js)',
    startRun: (workspace: string) => startAction(workspace).run,
    again: '',
  },
])('$entry stopped at once', ({ startRun, again }) => {
  it('by a second signal (exit code of the second), still leaving no browser and no temporary file', async () => {
    const workspace = batchWorkspace();
    const requestsBefore = server.requests.length;
    const run = startRun(workspace);
    await firstPdfWritten(run);
    // A cancelled GitHub job sends SIGINT, then SIGTERM. Sent back to back, both reach the run before
    // its graceful stop can end (waiting for the first line instead would race that stop), but the
    // process may take them in either order: whichever it takes second must end it at once, with its code.
    const exit = await signalAndWait(run, 'SIGINT', 'SIGTERM');
    const second = new RegExp(`^${again}(SIGINT|SIGTERM) again: stopping now$`, 'm').exec(run.output());
    expect(second, run.output()).not.toBeNull();
    expect(exit, run.output()).toEqual({ code: second![1] === 'SIGINT' ? 130 : 143, signal: null });
    expect(run.output()).not.toMatch(/cancelled \((SIGINT|SIGTERM)\): \d+ of/);
    // Killed before the exit, even a browser the first signal had begun to close (it once outlived the run).
    expect(await processesLeft(run, 5000)).toEqual([]);
    expect(temporaryFilesLeft(run, workspace)).toEqual([]);
    await expectWholePdfs(path.join(workspace, 'pdf'));
    expect(server.requests.slice(requestsBefore)).toEqual([]);
  });

  it('by SIGKILL: the browser exits by itself within seconds, and every PDF on disk is whole', async () => {
    const workspace = batchWorkspace();
    const requestsBefore = server.requests.length;
    const run = startRun(workspace);
    await firstPdfWritten(run);
    const exit = await signalAndWait(run, 'SIGKILL');
    expect(exit.signal).toBe('SIGKILL');
    expect(await processesLeft(run, 5000)).toEqual([]);
    // A killed process can remove nothing: a .tmp may stay, but never a half PDF under a real name.
    expect((await expectWholePdfs(path.join(workspace, 'pdf'))).length).toBeGreaterThan(0);
    expect(server.requests.slice(requestsBefore)).toEqual([]);
  });
});
