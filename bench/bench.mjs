#!/usr/bin/env node
// npm run bench: our CLI against md-to-pdf, pagedjs-cli, plain Chromium +
// Paged.js and the floor (plain Chromium printing our HTML), run alternately on
// the same corpus, timed and memory-sampled. See bench/README.md.
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TARGET_IDS, buildCorpus, findCorpusRoot, targetSizes } from './lib/corpus.mjs';
import { countPdfs, listFiles, removePdfs } from './lib/files.mjs';
import { RUN_TIMEOUT_MS, runMeasured, stopAllRuns } from './lib/measure.mjs';
import { ensurePeer } from './lib/peers.mjs';
import { makeHtmlPortable } from './lib/portable-html.mjs';
import { FLOOR, describeMachine, formatGoals, formatTable, summarise } from './lib/report.mjs';
import {
  HTML_SOURCE,
  MD_TO_PDF_MAX_FILES,
  PAGEDJS_CLI_MAX_DOCS,
  htmlPrinterTool,
  mdToPdfConfigSource,
  mdToPdfTool,
  oursTool,
  pagedjsCliTool,
} from './lib/tools.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const OURS_CLI = path.join(repoRoot, 'dist', 'cli.js');
const OURS_RUNTIME = path.join(repoRoot, 'dist', 'runtime'); // what our virtual runtime origin serves
const RESULTS_FILE = path.join(benchDir, 'RESULTS.md');
const MiB = 1024 * 1024;

const TOOL_NAMES = ['ours', 'ours-pagedjs', 'md-to-pdf', 'pagedjs-cli', 'chromium+paged.js', FLOOR];
const DEFAULT_TARGETS = TARGET_IDS.filter((id) => id !== 'memory');
// The memory run may take this long per document before it is stopped (on top of the usual limit).
const MEMORY_RUN_MS_PER_DOC = 2000;

const USAGE = `usage: npm run bench -- [options]
  --runs N           timed runs per tool and target (default 3; the memory run always runs once)
  --targets LIST     comma-separated subset of: ${TARGET_IDS.join(', ')}
                     (default: ${DEFAULT_TARGETS.join(',')})
  --quick            only the 40-report batch (--targets batch)
  --memory           add the memory run: ours alone on --memory-docs generated reports
  --memory-docs N    documents in the memory run (default 10000; 20 with --smoke)
  --tools LIST       comma-separated subset of: ${TOOL_NAMES.join(', ')} (default: all)
  --smoke            tiny sizes (4 and 10 reports, a 0.25 MiB book), --runs 1, results written
                     to the temporary folder: checks that every row produces numbers
  --results FILE     where the results go (default bench/RESULTS.md; with --smoke, the temp folder)
  --chrome-path      Chromium for every tool (default $CHROME_PATH or /usr/bin/chromium)
  --keep-temp        keep the temporary corpus and outputs`;

/** A positive integer option, or an error naming it. */
function positiveInteger(name, value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`--${name} must be a positive integer, got ${value}`);
  }
  return number;
}

/** The comma-separated `value` as a list, every item one of `known`. */
function listOption(name, value, known) {
  const items = value.split(',').map((item) => item.trim());
  const unknown = items.filter((item) => !known.includes(item));
  if (unknown.length > 0) {
    throw new Error(`--${name}: unknown ${unknown.join(', ')}; known: ${known.join(', ')}`);
  }
  return items;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      targets: { type: 'string' },
      quick: { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      'memory-docs': { type: 'string' },
      tools: { type: 'string', default: TOOL_NAMES.join(',') },
      smoke: { type: 'boolean', default: false },
      results: { type: 'string' },
      'chrome-path': { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
      'keep-temp': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.quick && values.targets) throw new Error('--quick and --targets: give one of them');
  const targets = values.quick
    ? ['batch']
    : listOption('targets', values.targets ?? DEFAULT_TARGETS.join(','), TARGET_IDS);
  if (values.memory && !targets.includes('memory')) targets.push('memory');
  // The memory run's growth is measured against our 40-report batch.
  if (targets.includes('memory') && !targets.includes('batch')) targets.unshift('batch');
  const memoryDocs = values['memory-docs'] && positiveInteger('memory-docs', values['memory-docs']);
  return {
    runs: positiveInteger('runs', values.runs ?? (values.smoke ? '1' : '3')),
    targets,
    sizes: targetSizes({ smoke: values.smoke, memoryDocs }),
    smoke: values.smoke,
    results: values.results && path.resolve(values.results),
    flags: process.argv.slice(2),
    tools: listOption('tools', values.tools, TOOL_NAMES),
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
    baseline: htmlPrinterTool({
      name: 'chromium+paged.js',
      script: path.join(benchDir, 'pagedjs-baseline.mjs'),
      chromePath,
    }),
    floor: htmlPrinterTool({ name: FLOOR, script: path.join(benchDir, 'chromium-print.mjs'), chromePath }),
  };
  const measured = Object.values(tools).filter((tool) => tool && wanted.includes(tool.name));
  return { tools, measured, oursMissing: wanted.includes('ours') && !oursBuilt };
}

/**
 * Which tools run on which target. pagedjs-cli is left out of the 200 batch: a
 * browser per file would take minutes per run and say nothing the 40 batch does not.
 * The Paged.js tools are left out of the book (hundreds of pages laid out in
 * script: minutes per run, and no goal of the issue). The memory run is ours alone.
 */
function planRuns(targets, { ours, oursPaged, mdToPdf, pagedjsCli, baseline, floor }, measured) {
  const lineup = {
    'warm-up': [ours, oursPaged, mdToPdf, pagedjsCli, baseline, floor],
    batch: [ours, mdToPdf, floor, oursPaged, pagedjsCli, baseline],
    'batch-large': [ours, mdToPdf],
    single: [ours, mdToPdf, floor],
    spec: [ours, mdToPdf, floor, baseline, oursPaged, pagedjsCli],
    book: [ours, mdToPdf, floor],
    memory: [ours],
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
  const htmlTools = [tools.pagedjsCli, tools.baseline, tools.floor];
  for (const { target, tools: lineup } of plan) {
    if (!lineup.some((tool) => htmlTools.includes(tool))) continue;
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
 * Empty TMPDIR and XDG_CACHE_HOME folders for one run, so that every run starts
 * cold, as a CI job does: no compile cache, browser profile or other state
 * left in them by an earlier run (Node's compile cache defaults to TMPDIR).
 */
async function freshStateEnv(stateDir) {
  await rm(stateDir, { recursive: true, force: true });
  const env = { TMPDIR: path.join(stateDir, 'tmp'), XDG_CACHE_HOME: path.join(stateDir, 'cache') };
  for (const dir of Object.values(env)) await mkdir(dir, { recursive: true });
  return env;
}

/**
 * One measured run of one tool on one target, from an empty output folder and
 * fresh state (freshStateEnv). Throws, with the tool's output, if it failed or
 * wrote fewer PDFs than documents.
 */
async function runOnce(tool, target, workDir) {
  const outDir = path.join(workDir, 'out', `${target.id}-${tool.name}`);
  const stateDir = path.join(workDir, 'state', `${target.id}-${tool.name}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const { command, args, cwd, env } = tool.command(target, outDir);
  const timeoutMs =
    RUN_TIMEOUT_MS + (target.id === 'memory' ? target.files.length * MEMORY_RUN_MS_PER_DOC : 0);
  const result = await runMeasured(command, args, {
    cwd,
    env: { ...(await freshStateEnv(stateDir)), ...env },
    timeoutMs,
  });
  await rm(stateDir, { recursive: true, force: true });

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
async function measureTarget({ target, tools }, defaultRuns, workDir, failures) {
  const runs = target.runs ?? defaultRuns;
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

/** RESULTS.md: when, where, the goals, the table, and how to read them. */
function renderResults(rows, { options, htmlSource, failures, loadAtStart, oursMissing }) {
  const command = `npm run bench${options.flags.length ? ` -- ${options.flags.join(' ')}` : ''}`;
  const goals = formatGoals(rows);
  return [
    '# Benchmark results',
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${command}\``,
    '',
    ...describeMachine(options.chromePath).map((line) => `- ${line}`),
    `- Load average (1 min) when the bench started: ${loadAtStart.toFixed(1)}`,
    '',
    options.smoke
      ? '**Smoke run** (`--smoke`): tiny sizes, to check that every row works. Not a measurement.\n'
      : null,
    goals ? `## Goals (issue 14)\n\n${goals}\n` : null,
    '## Measurements',
    '',
    formatTable(rows),
    '',
    '- Tools run alternately on each target (ours, theirs, ours, theirs…), after one untimed warm-up each.',
    '  Every run is a fresh process tree with empty TMPDIR and XDG_CACHE_HOME folders: no compile cache or',
    '  other state from an earlier run. The OS file cache is warm for every tool alike (dropping it would',
    '  disturb the whole machine).',
    '- **ours/theirs** compares per-document time: below 1.00 we are faster.',
    `- **${FLOOR}** is the floor: plain Chromium (puppeteer-core, one browser, two pages at once) loading`,
    '  the HTML our CLI prints and calling `page.pdf()` with the CSS page size: none of our work (no',
    '  Markdown stage, no layout script, no Paged.js, no finalize). **ours/floor** is what all our work costs.',
    '- **one report, cold**: `incident-report-plain.md` alone, each run a new process (Node and Chromium start',
    '  included), which is what a PR preview pays.',
    '- **book**: generated at bench time from the corpus (never committed): the CommonMark spec and the',
    '  incident reports and post-mortems (those without remote images) joined as chapters, round after',
    '  round, to at least 1 MiB; headings after the first round are marked "(part N)" so that they stay unique.',
    '- **memory run** (`--memory`): ours alone, once, on generated variants of the two reports (each title and',
    '  a closing line name the variant, so no two are alike); its peak RSS is compared with ours on 40 reports.',
    '- **peak RSS**: highest sum of RSS over the whole process tree (Chromium included), sampled every',
    '  50 ms, median over the runs. Pages shared between processes count in each, for every tool alike.',
    `- HTML given to pagedjs-cli, chromium+paged.js and ${FLOOR}: ${htmlSource}.`,
    `- pagedjs-cli starts a browser per file, files one after another (its real behaviour); it runs on the`,
    `  first ${PAGEDJS_CLI_MAX_DOCS} of the 40 reports (half plain, half rich) and not on the 200.`,
    '- md-to-pdf prints without running headers or page numbers. It opens all its files at once, and too',
    `  many at once hit its navigation timeout, so it gets ${MD_TO_PDF_MAX_FILES} files per invocation, one after another.`,
    "  It is told that front matter may close with `...`: the spec's does, and md-to-pdf's default fails on it.",
    "  Its print timeout is raised from puppeteer's 30 s to 10 min, as anyone printing a book would.",
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
  const targets = await buildCorpus(corpusRoot, workDir, options.targets, options.sizes);
  const book = targets.find((target) => target.id === 'book');
  if (book) console.log(`Generated ${book.label}`);
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
  // A smoke run's numbers must not replace the real results.
  const resultsFile =
    options.results ?? (options.smoke ? path.join(os.tmpdir(), 'md-pdf-bench-smoke.md') : RESULTS_FILE);
  await writeFile(resultsFile, `${results}\n`);
  console.log(`Written to ${path.relative(process.cwd(), resultsFile)}`);
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
