// The tools under comparison. Each knows how to build its command line for a
// target (a folder of Markdown files, plus their HTML where the tool needs HTML)
// and where its PDFs land, so the runner can count them.
import path from 'node:path';
import { chromeArgs } from './chrome.mjs';

/** Where the compared HTML comes from, to be stated next to the results. */
export const HTML_SOURCE = {
  ours: 'the HTML our CLI prints (--keep-html), its virtual origins pointed at files, without our scripts and CSP',
  mdToPdf: 'md-to-pdf --as-html (our CLI had no --keep-html output)',
};

/**
 * A peer's failed run is run again (and reported) up to this many times:
 * md-to-pdf's pages sometimes hit its navigation timeout on a busy machine.
 * Ours is never retried, so that its failures are seen.
 */
const PEER_RETRIES = 2;

/**
 * md-to-pdf opens every file it is given at once, and each page must settle
 * within puppeteer's 30 s navigation timeout. On 2 cores, 200 at once write
 * almost no PDF, and 40 at once often lose a few when anything else runs. In
 * invocations of 20 files, one after another, it is reliable and about as fast
 * as 40 at once when that succeeds.
 */
export const MD_TO_PDF_MAX_FILES = 20;

/**
 * md-to-pdf prints with puppeteer's page.pdf(), whose 30 s default timeout a
 * book-length document can exceed on 2 cores; anyone printing a book would
 * raise it, through pdf_options, as here. Shorter documents are not affected.
 */
export const MD_TO_PDF_PRINT_TIMEOUT_MS = 10 * 60 * 1000;

/** pagedjs-cli starts a browser per file (~1.6 s each); a subset keeps the bench short. */
export const PAGEDJS_CLI_MAX_DOCS = 10;

/**
 * Our CLI, as users run it: glob patterns relative to the cwd. `ours-pagedjs` is the same with every
 * document laid out by Paged.js (--layout-engine pagedjs), to show what Chromium's own pagination saves.
 */
export function oursTool({ cli, chromePath, engine = 'auto' }) {
  return {
    name: engine === 'auto' ? 'ours' : `ours-${engine}`,
    retries: 0,
    docs: (target) => target.files,
    command: (target, outDir) => ({
      command: process.execPath,
      args: [
        cli,
        '**/*.md',
        '--out-dir',
        outDir,
        '--concurrency',
        '2',
        '--chrome-path',
        chromePath,
        ...(engine === 'auto' ? [] : ['--layout-engine', engine]),
      ],
      cwd: target.dir,
    }),
    pdfDir: (target, outDir) => outDir,
  };
}

/** md-to-pdf: its options come from a config file (see mdToPdfConfigSource). */
export function mdToPdfTool({ cli, configPath }) {
  return {
    name: 'md-to-pdf',
    retries: PEER_RETRIES,
    docs: (target) => target.files,
    command: (target, outDir, extraArgs = []) => {
      const names = target.files.map((file) => shellQuote(path.relative(target.dir, file)));
      const invocations = chunk(names, MD_TO_PDF_MAX_FILES).map(
        (files) => `"$NODE" "$CLI" --config-file "$CONFIG" ${[...extraArgs, ...files].join(' ')} || exit 1`,
      );
      return {
        command: 'sh',
        args: ['-c', invocations.join('\n')],
        cwd: target.dir,
        env: { NODE: process.execPath, CLI: cli, CONFIG: configPath },
      };
    },
    // It always writes each PDF next to its source.
    pdfDir: (target) => target.dir,
  };
}

/**
 * md-to-pdf's config file, which it loads with require(). Besides the browser,
 * it lets front matter close with `...` as well as `---`: the CommonMark spec
 * closes its YAML that way (pandoc style), and md-to-pdf's default stops with
 * a YAML error on it. Front-matter JavaScript stays disabled, as by default.
 * Its pdf_options are merged into its defaults (A4, margins, backgrounds), so
 * only the print timeout changes: see MD_TO_PDF_PRINT_TIMEOUT_MS.
 */
export function mdToPdfConfigSource(chromePath) {
  const launchOptions = JSON.stringify({ executablePath: chromePath, args: chromeArgs() });
  return `module.exports = {
  launch_options: ${launchOptions},
  pdf_options: { timeout: ${MD_TO_PDF_PRINT_TIMEOUT_MS} },
  gray_matter_options: {
    delimiters: ['---', '...'],
    engines: { javascript: () => new Error('front-matter JavaScript is disabled') },
  },
};
`;
}

/**
 * pagedjs-cli converts one HTML file per process, each with its own browser;
 * files are converted one after another, as a shell loop over files would.
 */
export function pagedjsCliTool({ cli, chromePath }) {
  const docs = (target) => target.html.slice(0, PAGEDJS_CLI_MAX_DOCS);
  const loop =
    'for f; do "$NODE" "$CLI" "$f" -o "$OUT/$(basename "$f" .html).pdf" --browserArgs "$ARGS" || exit 1; done';
  return {
    name: 'pagedjs-cli',
    retries: PEER_RETRIES,
    docs,
    command: (target, outDir) => ({
      command: 'sh',
      args: ['-c', loop, 'sh', ...docs(target)],
      env: {
        NODE: process.execPath,
        CLI: cli,
        OUT: outDir,
        // --browserArgs is one comma-separated list, so a flag whose value holds commas (the disabled
        // features) cannot be passed: pagedjs-cli goes without it.
        ARGS: chromeArgs()
          .filter((arg) => !arg.includes(','))
          .join(','),
        // pagedjs-cli has no executable-path option; its puppeteer reads this variable.
        PUPPETEER_EXECUTABLE_PATH: chromePath,
      },
    }),
    pdfDir: (target, outDir) => outDir,
  };
}

/**
 * A bench script that prints HTML files in one plain Chromium (see lib/print-html.mjs):
 * `chromium+paged.js` (pagedjs-baseline.mjs) and the floor, `chromium-print` (chromium-print.mjs).
 */
export function htmlPrinterTool({ name, script, chromePath }) {
  return {
    name,
    retries: PEER_RETRIES,
    docs: (target) => target.html,
    command: (target, outDir) => ({
      command: process.execPath,
      args: [script, '--out-dir', outDir, '--concurrency', '2', '--chrome-path', chromePath, ...target.html],
    }),
    pdfDir: (target, outDir) => outDir,
  };
}

/** Single-quotes a word for sh. */
function shellQuote(word) {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/** Splits a list into lists of at most `size` items. */
function chunk(items, size) {
  const chunks = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
