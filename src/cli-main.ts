import path from 'node:path';
import { parseArgs } from 'node:util';
import { listChangedSince } from './changed-files.js';
import { narrowToChanges } from './changed-scope.js';
import { convert } from './convert.js';
import type { FileResult } from './convert.js';
import { findMarkdownFiles } from './discover.js';
import {
  DEFAULTS,
  defaultConcurrency,
  parseByteSize,
  parseInteger,
  parseMergePath,
  parsePageSize,
  parseSourceDateEpoch,
  parseStylesheetPath,
  parseTemplate,
  parseLayoutEngine,
  parseTheme,
  parseTocDepth,
  parseWatermark,
} from './options.js';
import { localProvenance, usedProvenance } from './provenance.js';
import type { ConvertOptions } from './options.js';
import { formatProblem } from './report-format.js';
import { describeShard, parseShard, refuseMergeInShard, selectShard } from './shard.js';
import type { ShardSpec } from './shard.js';

const HELP = `Usage: md-pdf [patterns...] [options]

Converts Markdown files to paginated PDFs. Patterns are globs relative to the current folder
(default "**/*.md"; prefix with ! to exclude; node_modules is always excluded).

Options:
  -o, --out-dir DIR           where PDFs go, mirroring the source folders (default: pdf)
      --theme NAME            report | github | minimal (default: report)
      --page-size SIZE        A4 | Letter (default: A4)
      --concurrency N         documents printed at once (default: CPU count)
      --timeout SECONDS       time limit per file (default: 120)
      --chrome-path PATH      Chromium/Chrome to use (default: CHROME_PATH, then system paths)
      --max-file-size SIZE    refuse larger sources, e.g. 10MB (default: 10MB)
      --allow-remote-assets   load http(s) images from public hosts
      --toc                   add a Contents page with page numbers (front matter toc: wins)
      --toc-depth N           2 = H2 only, 3 = H2 and H3 (default: 2)
      --cover                 start with a title page made from the metadata
      --header TEMPLATE       running header; {title} {author} {date} {section} {page} {pages}
                              {sha} {ref} {run} (commit, branch, GITHUB_RUN_NUMBER),
                              "none" for no header (default: "{title}")
      --footer TEMPLATE       footer, same placeholders (default: "Page {page} of {pages}")
      --css FILE              your stylesheet, applied after the theme
      --merge FILE            also write one book PDF of all documents (cover, contents,
                              a bookmark per document), inside the output folder
      --merge-title TEXT      title on the book's cover (default: from the file name)
      --incremental           skip documents whose PDF is up to date (manifest in the output
                              folder: source, images, options and tool version)
      --changed-since REF     convert only the documents changed since the git REF (committed,
                              uncommitted and new files), plus those using a changed image
      --watermark TEXT        light diagonal text on every page, behind the content
      --shard K/N             convert only part K of N of the files (e.g. 2/4), balanced by size
      --layout-engine NAME    auto: Chromium paginates unless a document needs Paged.js (contents
                              page numbers, {section}, paged-media CSS); pagedjs: always (default: auto)
      --keep-html             also write the HTML document that was printed, next to each PDF
  -h, --help                  show this help
`;

/** Parses the command line into engine options; throws OptionError with the flag's name. */
export function parseCli(
  argv: string[],
  cwd: string,
): { patterns: string[]; options: ConvertOptions; shard?: ShardSpec; changedSince?: string } {
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
      'changed-since': { type: 'string' },
      watermark: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const outputDir = path.resolve(cwd, values['out-dir'] ?? DEFAULTS.outputDir);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
  refuseMergeInShard(shard, values.merge, '--shard', '--merge');
  return {
    patterns: positionals.length ? positionals : [...DEFAULTS.patterns],
    shard,
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
      chromePath: values['chrome-path'],
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
      css: values.css ? parseStylesheetPath(values.css, cwd, '--css') : undefined,
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

function progressLine(result: FileResult, cwd: string): string {
  if (result.status === 'failed') return `✗ ${formatProblem(result.source, result.error!)}`;
  const pdf = path.relative(cwd, result.pdf!);
  if (result.status === 'unchanged') return `= ${result.source} → ${pdf} (unchanged, ${result.pages} pages)`;
  return `✓ ${result.source} → ${pdf} (${result.pages} pages, ${result.seconds.toFixed(1)} s)`;
}

/** Runs the CLI; resolves to the process exit code (1 when any file failed). */
export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
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
  if (found.files.length === 0 && found.rejected.length === 0) {
    process.stderr.write(`md-pdf: no Markdown files match ${patterns.join(' ')}\n`);
    return 1;
  }
  const results = await convert(files, options, {
    onInfo: (message) => process.stderr.write(`${message}\n`),
    onFileDone: (result) => {
      process.stdout.write(progressLine(result, cwd) + '\n');
      for (const w of result.warnings) process.stderr.write(`  ! ${formatProblem(result.source, w)}\n`);
    },
  });
  const failed = results.filter((r) => r.status === 'failed').length + rejected.length;
  const written = results.filter((r) => r.status === 'written').length;
  const unchanged = results.filter((r) => r.status === 'unchanged').length;
  process.stdout.write(
    `${written} PDF${written === 1 ? '' : 's'} written` +
      (unchanged ? `, ${unchanged} unchanged,` : '') +
      ` to ${path.relative(cwd, options.outputDir) || '.'}` +
      (failed ? `, ${failed} failed` : '') +
      '\n',
  );
  return failed ? 1 : 0;
}
