#!/usr/bin/env node
// npm run bench: our CLI against md-to-pdf, pagedjs-cli and plain Chromium +
// Paged.js, run alternately on the same corpus, timed and memory-sampled.
// See bench/README.md.
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, findCorpusRoot } from './lib/corpus.mjs';
import { countPdfs, listFiles, removePdfs } from './lib/files.mjs';
import { runMeasured, stopAllRuns } from './lib/measure.mjs';
import { ensurePeer } from './lib/peers.mjs';
import { makeHtmlPortable } from './lib/portable-html.mjs';
import { describeMachine, formatTable, memoryGrowth, summarise } from './lib/report.mjs';
import {
  HTML_SOURCE,
  MD_TO_PDF_MAX_FILES,
  PAGEDJS_CLI_MAX_DOCS,
  mdToPdfConfigSource,
  mdToPdfTool,
  oursTool,
  pagedjsBaselineTool,
  pagedjsCliTool,
} from './lib/tools.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const OURS_CLI = path.join(repoRoot, 'dist', 'cli.js');
const OURS_RUNTIME = path.join(repoRoot, 'dist', 'runtime'); // what our virtual runtime origin serves
const RESULTS_FILE = path.join(benchDir, 'RESULTS.md');
const MiB = 1024 * 1024;

const TOOL_NAMES = ['ours', 'ours-pagedjs', 'md-to-pdf', 'pagedjs-cli', 'chromium+paged.js'];

const USAGE = `usage: npm run bench -- [--runs N] [--quick] [--tools LIST] [--chrome-path PATH] [--keep-temp]
  --runs N         timed runs per tool and target (default 3)
  --quick          only the 40-report batch
  --tools LIST     comma-separated subset of: ${TOOL_NAMES.join(', ')} (default: all)
  --chrome-path    Chromium for every tool (default $CHROME_PATH or /usr/bin/chromium)
  --keep-temp      keep the temporary corpus and outputs`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      tools: { type: 'string', default: TOOL_NAMES.join(',') },
      'chrome-path': { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
      'keep-temp': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  }
  const tools = values.tools.split(',').map((name) => name.trim());
  const unknown = tools.filter((name) => !TOOL_NAMES.includes(name));
  if (unknown.length > 0) {
    throw new Error(`--tools: unknown ${unknown.join(', ')}; known: ${TOOL_NAMES.join(', ')}`);
  }
  return {
    runs,
    quick: values.quick,
    tools,
    chromePath: values['chrome-path'],
    keepTemp: values['keep-temp'],
    help: values.help,
  };
}

/**
 * Installs the peers if needed and returns the tools that can run here.
 * md-to-pdf is always set up: it is also the fallback source of HTML.
 */
async function setUpTools({ chromePath, tools: wanted }, workDir) {
  const configPath = path.join(workDir, 'md-to-pdf.config.cjs');
  await writeFile(configPath, mdToPdfConfigSource(chromePath));
  const oursBuilt = existsSync(OURS_CLI);
  const tools = {
    ours: oursBuilt ? oursTool({ cli: OURS_CLI, chromePath }) : undefined,
    oursPaged: oursBuilt ? oursTool({ cli: OURS_CLI, chromePath, engine: 'pagedjs' }) : undefined,
    mdToPdf: mdToPdfTool({ cli: ensurePeer('md-to-pdf'), configPath }),
    pagedjsCli: wanted.includes('pagedjs-cli')
      ? pagedjsCliTool({ cli: ensurePeer('pagedjs-cli'), chromePath })
      : undefined,
    baseline: pagedjsBaselineTool({ script: path.join(benchDir, 'pagedjs-baseline.mjs'), chromePath }),
  };
  const measured = Object.values(tools).filter((tool) => tool && wanted.includes(tool.name));
  return { tools, measured, oursMissing: wanted.includes('ours') && !oursBuilt };
}

/**
 * Which tools run on which target. pagedjs-cli is left out of the 200 batch: a
 * browser per file would take minutes per run and say nothing the 40 batch does not.
 */
function planRuns(targets, { ours, oursPaged, mdToPdf, pagedjsCli, baseline }, measured) {
  const lineup = {
    'warm-up': [ours, oursPaged, mdToPdf, pagedjsCli, baseline],
    'batch-40': [ours, mdToPdf, oursPaged, pagedjsCli, baseline],
    'batch-200': [ours, mdToPdf],
    long: [ours, baseline, oursPaged, pagedjsCli, mdToPdf],
  };
  return targets.map((target) => ({
    target,
    tools: lineup[target.id].filter((tool) => measured.includes(tool)),
  }));
}

/** Pairs each Markdown file with its HTML (same base name), keeping the corpus order. */
function matchHtml(target, htmlFiles) {
  return target.files.map((file) => {
    const name = `${path.basename(file, '.md')}.html`;
    const html = htmlFiles.find((candidate) => path.basename(candidate) === name);
    if (!html) throw new Error(`no HTML was produced for ${path.basename(file)}`);
    return html;
  });
}

/** Runs an untimed preparation step, three tries at most; throws with its output if all fail. */
async function runStep(what, { command, args, cwd, env }) {
  let result;
  for (let attempt = 1; attempt <= 3; attempt++) {
    result = await runMeasured(command, args, { cwd, env });
    if (result.code === 0) return;
  }
  throw new Error(`${what} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
}

/**
 * Our CLI's exact HTML documents, via --keep-html, made portable (see
 * portable-html.mjs); false if the CLI cannot give them.
 */
async function keepHtmlWithOurs(target, htmlDir, tools) {
  const { command, args, cwd } = tools.ours.command(target, htmlDir);
  try {
    await runStep('our CLI --keep-html', { command, args: [...args, '--keep-html'], cwd });
  } catch (error) {
    console.warn(error.message);
    return false;
  }
  const htmlFiles = await listFiles(htmlDir, '.html');
  await makeHtmlPortable(htmlFiles, { runtimeDir: OURS_RUNTIME, workspaceDir: target.dir });
  return htmlFiles.length >= target.files.length;
}

/** Fallback HTML from md-to-pdf --as-html, which writes it next to each source. */
async function exportHtmlWithMdToPdf(target, htmlDir, tools) {
  await runStep('md-to-pdf --as-html', tools.mdToPdf.command(target, undefined, ['--as-html']));
  for (const html of await listFiles(target.dir, '.html')) {
    await rename(html, path.join(htmlDir, path.basename(html)));
  }
}

/**
 * Gives each target that an HTML-based tool runs on a `html` list. pagedjs-cli
 * and the baseline paginate HTML, so they get the very HTML we print; this
 * untimed run also warms the disk cache for our CLI.
 */
async function prepareHtml(plan, tools, workDir) {
  let source = tools.ours ? 'ours' : 'mdToPdf';
  let first = true;
  for (const { target, tools: lineup } of plan) {
    if (!lineup.includes(tools.pagedjsCli) && !lineup.includes(tools.baseline)) continue;
    const htmlDir = path.join(workDir, 'html', target.id);
    await mkdir(htmlDir, { recursive: true });
    if (source === 'ours' && !(await keepHtmlWithOurs(target, htmlDir, tools))) {
      // Fall back only while no target has our HTML yet: the HTML must not be mixed.
      if (!first) throw new Error(`our CLI gave no HTML for ${target.label}`);
      source = 'mdToPdf';
    }
    if (source === 'mdToPdf') await exportHtmlWithMdToPdf(target, htmlDir, tools);
    target.html = matchHtml(target, await listFiles(htmlDir, '.html'));
    first = false;
  }
  return HTML_SOURCE[source];
}

/**
 * One measured run of one tool on one target, from an empty output folder.
 * Throws, with the tool's output, if it failed or wrote fewer PDFs than documents.
 */
async function runOnce(tool, target, workDir) {
  const outDir = path.join(workDir, 'out', `${target.id}-${tool.name}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const { command, args, cwd, env } = tool.command(target, outDir);
  const result = await runMeasured(command, args, { cwd, env });

  const pdfDir = tool.pdfDir(target, outDir);
  const expected = tool.docs(target).length;
  const produced = await countPdfs(pdfDir);
  await removePdfs(pdfDir);
  await rm(outDir, { recursive: true, force: true });
  if (result.code !== 0 || produced < expected) {
    const error = new Error(
      `${tool.name} on ${target.label}: exit ${result.code}, wrote ${produced} of ${expected} PDFs`,
    );
    error.output = result.output;
    throw error;
  }
  console.log(
    `  ${tool.name.padEnd(18)} ${(result.ms / 1000).toFixed(1).padStart(6)} s` +
      `  ${String(Math.round(result.peakBytes / MiB)).padStart(5)} MiB  ${produced} PDFs`,
  );
  return { ms: result.ms, peakBytes: result.peakBytes };
}

/** Why a run failed, in one line: the first output line naming an error, else the last line. */
function firstErrorLine(output = '') {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /error|fail|✗|✖/i.test(line)) ?? lines.at(-1) ?? '(no output)';
}

/**
 * runOnce, run again up to `tool.retries` times when it fails. Every failure is
 * printed and added to `failures`, so the results say a peer was flaky; the
 * last one is thrown with the tool's output.
 */
async function runWithRetries(tool, target, workDir, failures) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runOnce(tool, target, workDir);
    } catch (error) {
      const summary = `${error.message} (${firstErrorLine(error.output)})`;
      if (attempt >= tool.retries) {
        throw new Error(`${summary}\n--- last output ---\n${(error.output ?? '').slice(-4000)}`, {
          cause: error,
        });
      }
      console.error(`  FAILED, running again: ${summary}`);
      failures.push(summary);
    }
  }
}

/**
 * Runs the tools of one target in turn (ours, theirs, ours, theirs…), `runs`
 * rounds. A tool that fails for good (see runWithRetries) is marked failed and
 * left out of the remaining rounds, so that the others are still measured.
 */
async function measureTarget({ target, tools }, runs, workDir, failures) {
  const measurements = tools.map((tool) => ({
    target,
    tool: tool.name,
    docs: tool.docs(target).length,
    runs: [],
  }));
  for (let round = 1; round <= runs; round++) {
    console.log(`${target.label}: round ${round} of ${runs}`);
    for (const [i, tool] of tools.entries()) {
      if (measurements[i].failure) continue;
      try {
        measurements[i].runs.push(await runWithRetries(tool, target, workDir, failures));
      } catch (error) {
        console.error(`  FAILED: ${error.message}`);
        measurements[i].failure = error.message.split('\n')[0];
      }
    }
  }
  return measurements;
}

/** RESULTS.md: when, where, the table, the memory growth, and how to read them. */
function renderResults(rows, { options, htmlSource, failures, loadAtStart, oursMissing }) {
  const growth = ['ours', 'md-to-pdf']
    .map((tool) => [tool, memoryGrowth(rows, tool)])
    .filter(([, ratio]) => ratio !== undefined)
    .map(([tool, ratio]) => `${tool} ${ratio.toFixed(2)}`);
  const flags = [`--runs ${options.runs}`];
  if (options.quick) flags.push('--quick');
  if (options.tools.length < TOOL_NAMES.length) flags.push(`--tools ${options.tools.join(',')}`);
  const command = `npm run bench -- ${flags.join(' ')}`;
  return [
    '# Benchmark results',
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${command}\``,
    '',
    ...describeMachine(options.chromePath).map((line) => `- ${line}`),
    `- Load average (1 min) when the bench started: ${loadAtStart.toFixed(1)}`,
    '',
    formatTable(rows),
    '',
    growth.length
      ? `Peak memory, 200 reports / 40 reports: ${growth.join(', ')} (goal for ours: ≤ 1.2)\n`
      : null,
    '- Tools run alternately on each target (ours, theirs, ours, theirs…), after one untimed warm-up each.',
    '- **ours/theirs** compares per-document time: below 1.00 we are faster.',
    '- **peak RSS**: highest sum of RSS over the whole process tree (Chromium included), sampled every',
    '  50 ms, median over the runs. Pages shared between processes count in each, for every tool alike.',
    `- HTML given to pagedjs-cli and chromium+paged.js: ${htmlSource}.`,
    `- pagedjs-cli starts a browser per file, files one after another (its real behaviour); it runs on the`,
    `  first ${PAGEDJS_CLI_MAX_DOCS} of the 40 reports (half plain, half rich) and not on the 200.`,
    '- md-to-pdf prints without running headers or page numbers. It opens all its files at once, and too',
    `  many at once hit its navigation timeout, so it gets ${MD_TO_PDF_MAX_FILES} files per invocation, one after another.`,
    "  It is told that front matter may close with `...`: the spec's does, and md-to-pdf's default fails on it.",
    oursMissing ? '- **ours was not measured**: dist/cli.js is missing (build it first).' : null,
    ...failures.map((failure) => `- Failed run, run again: ${failure}`),
  ]
    .filter((line) => line !== null)
    .join('\n');
}

async function runBench(options, corpusRoot, workDir) {
  // Other work on the machine skews every number: say so rather than hide it.
  const loadAtStart = os.loadavg()[0];
  if (loadAtStart > os.availableParallelism()) {
    console.warn(`Load average is ${loadAtStart.toFixed(1)}: timings will be noisy.`);
  }
  const targets = await buildCorpus(corpusRoot, workDir, options);
  const { tools, measured, oursMissing } = await setUpTools(options, workDir);
  if (oursMissing) console.warn(`${OURS_CLI} not found: measuring the peers only. Build the CLI first.`);

  const [warmUp, ...timed] = planRuns(targets, tools, measured);
  const htmlSource = await prepareHtml([warmUp, ...timed], tools, workDir);
  console.log(`HTML for the HTML-based tools: ${htmlSource}`);

  console.log('Warm-up (untimed): every tool once on 2 reports');
  const failures = [];
  const warmUpResults = await measureTarget(warmUp, 1, workDir, failures);
  // A tool that cannot convert 2 reports is not timed on more.
  const broken = warmUp.tools.filter((tool, i) => warmUpResults[i].failure);
  const measurements = warmUpResults.filter((m) => m.failure);
  for (const { target, tools: lineup } of timed) {
    const entry = { target, tools: lineup.filter((tool) => !broken.includes(tool)) };
    measurements.push(...(await measureTarget(entry, options.runs, workDir, failures)));
  }

  const results = renderResults(summarise(measurements), {
    options,
    htmlSource,
    failures,
    loadAtStart,
    oursMissing,
  });
  console.log(`\n${results}\n`);
  await writeFile(RESULTS_FILE, `${results}\n`);
  console.log(`Written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  const failed = measurements.filter((m) => m.failure);
  if (failed.length > 0) {
    throw new Error(failed.map((m) => m.failure).join('\n'));
  }
}

async function main() {
  const options = parseOptions();
  if (options.help) return console.log(USAGE);
  const corpusRoot = findCorpusRoot(repoRoot);
  if (!corpusRoot) {
    console.log(`No corpus at ${path.resolve(repoRoot, '../shared/corpus')}: nothing to benchmark.`);
    return;
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'md-pdf-bench-'));
  // Each run is its own process group, which Ctrl-C on the bench would not reach.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stopAllRuns();
      if (!options.keepTemp) rmSync(workDir, { recursive: true, force: true });
      process.kill(process.pid, signal);
    });
  }
  try {
    await runBench(options, corpusRoot, workDir);
  } finally {
    if (options.keepTemp) console.log(`Temporary files kept in ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
});
