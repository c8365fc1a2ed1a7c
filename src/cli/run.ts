import { OptionError } from '../shared/errors.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cancellationOf, describeCancelledRun } from '../engine/cancellation.js';
import { listChangedSince } from '../engine/changed-files.js';
import { narrowToChanges } from '../engine/changed-scope.js';
import { convert } from '../engine/convert.js';
import { printFileDone, summaryLine } from './lines.js';
import { findMarkdownFiles } from '../engine/discover.js';
import {
  DEFAULTS,
  defaultConcurrency,
  parseByteSize,
  parseInteger,
  parseMergePath,
  parsePageSize,
  parseSourceDateEpoch,
  parseAnyStylesheetPath,
  parseTemplate,
  parseLayoutEngine,
  parseTheme,
  parseTocDepth,
  parseWatermark,
} from '../engine/options.js';
import { localProvenance, usedProvenance } from '../shared/provenance.js';
import type { ConvertOptions } from '../engine/options.js';
import { readRunContext, repositoryFileUrl } from '../shared/run-context.js';
import { formatProblem } from '../markdown/report-format.js';
import { DEFAULT_IF_NO_FILES_FOUND, noMatchOutcome, parseIfNoFilesFound } from '../engine/no-match.js';
import type { IfNoFilesFound } from '../engine/no-match.js';
import { describeShard, parseShard, refuseMergeInShard, selectShard } from '../engine/shard.js';
import type { ShardSpec } from '../engine/shard.js';
import { watchAndConvert } from './watch.js';
import packageJson from '../../package.json' with { type: 'json' };

const HELP = `Usage: md-pdf [patterns...] [options]

Converts Markdown files to paginated PDFs. Patterns are globs relative to the current folder
(default "**/*.md"; prefix with ! to exclude; node_modules is always excluded).

Files and output:
  -o, --out-dir DIR           where PDFs go, mirroring the source folders (default: pdf)
      --if-no-files-found X   warn | error | ignore, when the patterns match nothing (default: warn)
      --max-file-size SIZE    refuse larger sources, e.g. 10MB (default: 10MB)
      --merge FILE            also write one book PDF of all documents (cover, contents,
                              a bookmark per document), inside the output folder
      --merge-title TEXT      title on the book's cover (default: from the file name)
      --keep-html             also write the HTML document that was printed, next to each PDF

Look:
      --theme NAME            report | github | minimal (default: report)
      --page-size SIZE        A4 | Letter (default: A4)
      --css FILE              your stylesheet (any path), applied after the theme
      --toc                   add a Contents page with page numbers (front matter toc: wins)
      --toc-depth N           2 = H2 only, 3 = H2 and H3 (default: 2)
      --cover                 start with a title page made from the metadata
      --header TEMPLATE       running header; {title} {author} {date} {section} {page} {pages}
                              {sha} {ref} {run} (commit, branch, GITHUB_RUN_NUMBER),
                              "none" for no header (default: "{title}")
      --footer TEMPLATE       footer, same placeholders (default: "Page {page} of {pages}")
      --layout-engine NAME    auto: Chromium paginates unless a document needs Paged.js (contents
                              page numbers, {section}, paged-media CSS); pagedjs: always (default: auto)

Runs:
  -w, --watch                 convert, then convert again what changes (sources, images) until Ctrl-C
      --incremental           skip documents whose PDF is up to date (manifest in the output
                              folder: source, images, options and tool version)
      --changed-since REF     convert only the documents changed since the git REF (committed,
                              uncommitted and new files), plus those using a changed image
      --watermark TEXT        light diagonal text on every page, behind the content
      --shard K/N             convert only part K of N of the files (e.g. 2/4), balanced by size
      --concurrency N         documents printed at once (default: CPU count)
      --timeout SECONDS       time limit per file (default: 120)

Browser and safety:
      --chrome-path PATH      Chromium/Chrome to use (default: CHROME_PATH, then system paths)
      --allow-remote-assets   load http(s) images from public hosts

  -h, --help                  show this help
  -v, --version               print the version

Exit codes: 0 every PDF written, 1 a file failed (or no match with --if-no-files-found error),
2 usage error, 130/143 stopped by SIGINT/SIGTERM.
`;

/** Parses the command line into engine options; throws OptionError with the flag's name. */
export function parseCli(
  argv: string[],
  cwd: string,
): {
  patterns: string[];
  options: ConvertOptions;
  shard?: ShardSpec;
  ifNoFilesFound: IfNoFilesFound;
  watch: boolean;
  changedSince?: string;
} {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string', short: 'o' },
      theme: { type: 'string' },
      'page-size': { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'chrome-path': { type: 'string' },
      'max-file-size': { type: 'string' },
      'allow-remote-assets': { type: 'boolean' },
      toc: { type: 'boolean' },
      'toc-depth': { type: 'string' },
      cover: { type: 'boolean' },
      header: { type: 'string' },
      footer: { type: 'string' },
      css: { type: 'string' },
      merge: { type: 'string' },
      'merge-title': { type: 'string' },
      incremental: { type: 'boolean' },
      'keep-html': { type: 'boolean' },
      'layout-engine': { type: 'string' },
      shard: { type: 'string' },
      'if-no-files-found': { type: 'string' },
      watch: { type: 'boolean', short: 'w' },
      'changed-since': { type: 'string' },
      watermark: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`);
    process.exit(0);
  }
  const outputDir = path.resolve(cwd, values['out-dir'] ?? DEFAULTS.outputDir);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
  refuseMergeInShard(shard, values.merge, '--shard', '--merge');
  if (values.watch && shard) throw new OptionError('--watch cannot be combined with --shard');
  return {
    patterns: positionals.length ? positionals : [...DEFAULTS.patterns],
    shard,
    ifNoFilesFound: values['if-no-files-found']
      ? parseIfNoFilesFound(values['if-no-files-found'], '--if-no-files-found')
      : DEFAULT_IF_NO_FILES_FOUND,
    watch: values.watch ?? false,
    changedSince: values['changed-since']?.trim() || undefined,
    options: {
      workspace: cwd,
      outputDir,
      theme: values.theme ? parseTheme(values.theme, '--theme') : DEFAULTS.theme,
      pageSize: values['page-size'] ? parsePageSize(values['page-size'], '--page-size') : DEFAULTS.pageSize,
      concurrency: values.concurrency
        ? parseInteger(values.concurrency, '--concurrency', 1, 64)
        : defaultConcurrency(),
      timeoutMs:
        (values.timeout ? parseInteger(values.timeout, '--timeout', 1, 86_400) : DEFAULTS.timeoutSeconds) *
        1000,
      // A file the user names on their own command line is read wherever it is (relative to the cwd).
      chromePath: values['chrome-path'] ? path.resolve(cwd, values['chrome-path']) : undefined,
      maxFileSize: values['max-file-size']
        ? parseByteSize(values['max-file-size'], '--max-file-size')
        : DEFAULTS.maxFileSize,
      allowRemoteAssets: values['allow-remote-assets'] ?? false,
      sourceDate: parseSourceDateEpoch(process.env.SOURCE_DATE_EPOCH),
      toc: values.toc ?? DEFAULTS.toc,
      tocDepth: values['toc-depth'] ? parseTocDepth(values['toc-depth'], '--toc-depth') : DEFAULTS.tocDepth,
      cover: values.cover ?? DEFAULTS.cover,
      header: values.header === undefined ? undefined : parseTemplate(values.header, '--header') || 'none',
      footer: values.footer === undefined ? undefined : parseTemplate(values.footer, '--footer') || 'none',
      css: values.css ? parseAnyStylesheetPath(values.css, cwd, cwd, '--css') : undefined,
      merge: values.merge ? parseMergePath(values.merge, outputDir, '--merge') : undefined,
      mergeTitle: values['merge-title']?.trim() || undefined,
      incremental: values.incremental ?? false,
      keepHtml: values['keep-html'] ?? false,
      layoutEngine: values['layout-engine']
        ? parseLayoutEngine(values['layout-engine'], '--layout-engine')
        : DEFAULTS.layoutEngine,
      watermark: values.watermark === undefined ? undefined : parseWatermark(values.watermark, '--watermark'),
    },
  };
}

/**
 * Runs the CLI; resolves to the process exit code (see the help's "Exit codes"): 130 or 143 when `signal`
 * (see cancellation.ts) cancelled the run.
 */
export async function main(argv: string[], cwd = process.cwd(), signal?: AbortSignal): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv, cwd);
  } catch (error) {
    process.stderr.write(`md-pdf: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { patterns, options, shard, changedSince } = parsed;
  // git is asked only when a template shows the commit or branch.
  if (Object.keys(usedProvenance([options.header, options.footer], undefined)).length > 0) {
    options.provenance = await localProvenance(cwd);
  }
  const found = await findMarkdownFiles(patterns, options.workspace, options.outputDir);
  const noMatch = noMatchOutcome(found.files.length + found.rejected.length, patterns, parsed.ifNoFilesFound);
  if (noMatch) {
    process.stderr.write(
      `md-pdf: ${noMatch.level === 'info' ? '' : `${noMatch.level}: `}${noMatch.message}\n`,
    );
    // Watching goes on: the files may be about to be written.
    if (noMatch.fails || !parsed.watch) return noMatch.fails ? 1 : 0;
  }
  if (parsed.watch) return watchAndConvert(patterns, options, cwd, signal ?? new AbortController().signal);
  // A change set that touches no document is no empty glob: it converts nothing, and says so.
  let changed: Pick<typeof found, 'files' | 'rejected'> = found;
  if (changedSince) {
    const scope = await narrowToChanges(found, () => listChangedSince(options.workspace, changedSince), {
      workspace: options.workspace,
      patterns,
      css: options.css,
      maxFileSize: options.maxFileSize,
      merge: options.merge !== undefined,
    });
    if (scope.narrowed) {
      changed = scope.selection;
      process.stderr.write(`${scope.selection.note}\n`);
      for (const removed of scope.selection.removed) process.stderr.write(`- ${removed} (removed)\n`);
    } else process.stderr.write(`Converting every document: ${scope.reason}\n`);
  }
  const selection = shard ? await selectShard(changed.files, changed.rejected, shard) : undefined;
  if (shard && selection) process.stderr.write(`${describeShard(shard, selection)}\n`);
  const { files, rejected } = selection ?? changed;
  for (const r of rejected)
    process.stderr.write(`✗ ${formatProblem(r.relativePath, { message: r.reason })}\n`);
  signal?.addEventListener('abort', () =>
    process.stderr.write(
      `md-pdf: ${cancellationOf(signal)!.signalName}: finishing the documents in flight, then stopping (send it again to stop at once)\n`,
    ),
  );
  // Links reach every matched document, in this shard or another; other files go to GitHub only when the
  // CLI runs in a GitHub workflow (elsewhere they are printed as text, with a warning).
  const github = process.env.GITHUB_ACTIONS === 'true' ? repositoryFileUrl(readRunContext()) : undefined;
  const linked = {
    ...options,
    documentSet: found.files.map((f) => f.relativePath),
    repositoryFileUrl: github,
  };
  const results = await convert(files, linked, {
    signal,
    onInfo: (message) => process.stderr.write(`${message}\n`),
    onFileDone: (result) => printFileDone(result, cwd),
  });
  const cancelled = cancellationOf(signal);
  if (cancelled) {
    process.stdout.write(`md-pdf: ${describeCancelledRun(cancelled, results, rejected.length)}\n`);
    return cancelled.exitCode;
  }
  process.stdout.write(`${summaryLine(results, rejected.length, options.outputDir, cwd)}\n`);
  const failed = rejected.length + results.filter((r) => r.status === 'failed').length;
  return failed ? 1 : 0;
}
