#!/usr/bin/env node
// Where a batch run's memory goes: runs a build of our CLI on a folder of Markdown, samples the RSS of
// every process of its tree by role (Node, Chromium's browser process, each renderer, the network
// service, ...) and prints the peak with its breakdown, then the largest sample of each tenth of the run.
// See bench/README.md "Memory trace".
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';
import { buildCorpus, findCorpusRoot } from './lib/corpus.mjs';
import { createTreeSampler } from './lib/measure.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MiB = 1024 * 1024;
// Coarser than the bench's 50 ms: a run lasts minutes, and a renderer's peak lasts longer than this.
const SAMPLE_EVERY_MS = 200;

const USAGE = `usage: node bench/memory-trace.mjs [options] [FOLDER]
  FOLDER             the Markdown to convert ('**/*.md' in it); or --generate
  --generate N       N generated reports (the bench's memory run) in a temporary folder
  --cli PATH         the CLI build to run (default: this checkout's dist/cli.js)
  --concurrency N    passed to the CLI (default 2)
  --json FILE        also write every sample there
  --node-arg ARG     a Node flag for the CLI's process (repeatable), e.g. --node-arg=--expose-gc`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    generate: { type: 'string' },
    cli: { type: 'string', default: path.join(repoRoot, 'dist', 'cli.js') },
    concurrency: { type: 'string', default: '2' },
    json: { type: 'string' },
    'node-arg': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || (positionals.length !== 1) === (values.generate === undefined)) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

/** Chromium's processes say what they are in their command line (`--type=`, `--utility-sub-type=`). */
function roleOf(pid) {
  let command;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined; // gone while we looked
  }
  const program = path.basename(command.split('\0')[0]);
  if (program.includes('crashpad')) return 'crashpad';
  if (!command.includes('--type=')) return program.startsWith('node') ? 'node' : 'browser';
  const type = /--type=([\w-]+)/.exec(command)[1];
  if (type !== 'utility') return type;
  // e.g. network.mojom.NetworkService -> network, storage.mojom.StorageService -> storage
  return /--utility-sub-type=(\w+)/.exec(command)?.[1] ?? 'utility';
}

/** One sample: MiB by role, renderers summed (their count and the largest one beside them). */
function summariseSample(rssByPid, roles) {
  const byRole = {};
  let renderers = 0;
  let largestRenderer = 0;
  let total = 0;
  for (const [pid, bytes] of rssByPid) {
    const role = roles.get(pid) ?? 'unknown';
    byRole[role] = (byRole[role] ?? 0) + bytes;
    total += bytes;
    if (role === 'renderer') {
      renderers++;
      largestRenderer = Math.max(largestRenderer, bytes);
    }
  }
  const mib = (bytes) => Math.round(bytes / MiB);
  const roundedRoles = Object.fromEntries(Object.entries(byRole).map(([role, bytes]) => [role, mib(bytes)]));
  return { total: mib(total), byRole: roundedRoles, renderers, largestRenderer: mib(largestRenderer) };
}

function formatSample(sample) {
  const roles = Object.entries(sample.byRole)
    .sort(([, a], [, b]) => b - a)
    .map(([role, mib]) => `${role} ${mib}`)
    .join(', ');
  return `${sample.total} MiB (${roles}; ${sample.renderers} renderers, largest ${sample.largestRenderer})`;
}

async function folderToConvert() {
  if (values.generate === undefined) return { dir: path.resolve(positionals[0]), cleanUp: async () => {} };
  const corpusRoot = findCorpusRoot(repoRoot);
  if (!corpusRoot) throw new Error('--generate needs the shared corpus at ../shared/corpus');
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'md-pdf-memory-'));
  const targets = await buildCorpus(corpusRoot, workDir, ['memory'], { memoryDocs: Number(values.generate) });
  return {
    dir: targets.find((target) => target.id === 'memory').dir,
    cleanUp: () => rm(workDir, { recursive: true, force: true }),
  };
}

const { dir, cleanUp } = await folderToConvert();
const outDir = await mkdtemp(path.join(os.tmpdir(), 'md-pdf-memory-out-'));
const args = [...values['node-arg'], path.resolve(values.cli), '**/*.md', '--out-dir', outDir];
const child = spawn(process.execPath, [...args, '--concurrency', values.concurrency], {
  cwd: dir,
  detached: true, // own session: see createTreeSampler
  stdio: ['ignore', 'pipe', 'inherit'],
});
let written = 0;
let tail = '';
child.stdout.on('data', (chunk) => {
  const text = tail + chunk.toString();
  written += (text.match(/^✓ /gm) ?? []).length;
  tail = text.slice(text.lastIndexOf('\n') + 1);
});

const started = Date.now();
const sampleTree = createTreeSampler(child.pid);
const roles = new Map();
const samples = [];
const sampler = setInterval(() => {
  const rssByPid = new Map();
  sampleTree((pid, bytes) => {
    // A renderer is forked from the zygote and shows the zygote's command line until it renames itself.
    if (!roles.has(pid) || roles.get(pid) === 'zygote') roles.set(pid, roleOf(pid));
    rssByPid.set(pid, bytes);
  });
  samples.push({ ms: Date.now() - started, written, ...summariseSample(rssByPid, roles) });
}, SAMPLE_EVERY_MS);

const code = await new Promise((resolve) =>
  child.on('close', (exitCode, signal) => resolve(exitCode ?? signal)),
);
clearInterval(sampler);
const seconds = (Date.now() - started) / 1000;
await rm(outDir, { recursive: true, force: true });
await cleanUp();
if (values.json) writeFileSync(values.json, JSON.stringify(samples));

const largest = (list) => list.reduce((a, b) => (b.total > a.total ? b : a), list[0]);
console.log(
  `exit ${code}; ${written} documents in ${seconds.toFixed(1)} s (${Math.round((seconds * 1000) / written)} ms each)`,
);
if (samples.length === 0) process.exit(1);
console.log(`peak ${formatSample(largest(samples))}`);
for (let tenth = 0; tenth < 10; tenth++) {
  const part = samples.slice(
    Math.floor((tenth * samples.length) / 10),
    Math.floor(((tenth + 1) * samples.length) / 10),
  );
  if (part.length === 0) continue;
  console.log(
    `tenth ${tenth + 1} (documents ${part[0].written}-${part.at(-1).written}): ${formatSample(largest(part))}`,
  );
}
process.exitCode = code === 0 ? 0 : 1;
