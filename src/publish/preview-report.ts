import type { ChangeKind } from '../engine/changed-only.js';
import type { DocumentWarning } from '../markdown/processor.js';
import { formatProblem } from '../markdown/report-format.js';
import { countOf, escapeHtml, formatBytes } from '../shared/format.js';
import { tableCodeSpan } from './format.js';

/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** Hidden line that carries each document's page count to the next preview (no base build needed). */
const PAGES_MARKER_PREFIX = '<!-- md-pdf-action:pages ';
/** The page counts carried over are cut to this many characters (a huge repository must not fill the comment). */
const PAGES_MARKER_BUDGET = 16_000;

/** One document of the preview: a PDF, or a failure. */
export interface PreviewRow {
  /** Markdown source, workspace-relative. */
  source: string;
  /** PDF path relative to the output folder; absent when the file failed. */
  relativePdf?: string;
  pages?: number;
  bytes?: number;
  /** Why it is in the preview; absent when every document was converted. */
  change?: ChangeKind;
  /** Its own artifact's link (opens the PDF). */
  link?: string;
  warnings: readonly DocumentWarning[];
  /** Warnings counted but not listed (a fork's preview data carries a bounded number per file). */
  omittedWarnings?: number;
  error?: DocumentWarning;
}

/** Everything the preview comment and the job summary show. */
export interface PreviewReport {
  rows: readonly PreviewRow[];
  /** Deleted documents. */
  removed?: readonly string[];
  zip?: { name: string; url: string };
  runUrl?: string;
  /** Commit the PDFs were built from. */
  sha?: string;
  /** What was converted and why (changed-only, or why everything). */
  scope?: string;
  /** More PDFs than the cap: none got an artifact of its own. */
  fileLinksSkipped?: { count: number; cap: number };
  /** Page counts of the previous preview, by source. */
  previousPages?: Readonly<Record<string, number>>;
}

const CHANGE_WORDS: Readonly<Record<ChangeKind, string>> = Object.freeze({
  new: 'new',
  changed: 'changed',
  renamed: 'renamed',
  asset: 'image changed',
});

/** Only http(s) links are written; anything else (a hostile value) becomes no link at all. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? parsed.href.replace(/\)/g, '%29')
      : undefined;
  } catch {
    return undefined;
  }
}

function pagesCell(row: PreviewRow, previous: Readonly<Record<string, number>>): string {
  if (row.pages === undefined) return '';
  const before = previous[row.source];
  return before !== undefined && before !== row.pages ? `${before} → ${row.pages}` : String(row.pages);
}

function rowLine(row: PreviewRow, previous: Readonly<Record<string, number>>): string {
  const name = tableCodeSpan(row.relativePdf ?? row.source);
  const link = safeUrl(row.link);
  const shown = link ? `[${name}](${link})` : name;
  const count = warningCount(row);
  const warned = count ? ` ⚠️ ${count}` : '';
  const change = row.change ? CHANGE_WORDS[row.change] : '';
  return `| ${shown}${warned} | ${pagesCell(row, previous)} | ${row.bytes === undefined ? '' : formatBytes(row.bytes)} | ${change} |`;
}

/** A row's warnings, listed or not. */
function warningCount(row: PreviewRow): number {
  return row.warnings.length + (row.omittedWarnings ?? 0);
}

function warningBlock(row: PreviewRow, max: number, where: string): string[] {
  const count = warningCount(row);
  if (count === 0) return [];
  const rest = count - Math.min(max, row.warnings.length);
  return [
    // Markdown does not render inside <summary>: HTML code, escaped.
    `<details><summary>${countOf(count, 'warning')} in <code>${escapeHtml(row.source)}</code></summary>`,
    '',
    ...row.warnings.slice(0, max).map((warning) => `- ${tableCodeSpan(formatProblem(row.source, warning))}`),
    ...(rest > 0 ? [`- …and ${rest} more: see ${where}.`] : []),
    '',
    '</details>',
  ];
}

/** How much of the report a body shows: the first rows and removed documents, and warnings per file. */
interface Shown {
  rows: number;
  removed: number;
  warningsPerFile: number;
}

/**
 * When the comment is too long, each file shows at most this many warnings (the job summary shows all),
 * so that one document with thousands of warnings cannot push the other PDFs' links out of the comment.
 */
const WARNINGS_PER_FILE_WHEN_CUT = 20;

/** The body (without hidden markers) showing what `shown` says. */
function renderBody(
  report: PreviewReport,
  { rows: shown, removed: removedShown, warningsPerFile }: Shown,
): string {
  const previous = report.previousPages ?? {};
  const runUrl = safeUrl(report.runUrl);
  const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary';
  const failed = report.rows.filter((row) => row.error);
  const pdfs = report.rows.filter((row) => !row.error);
  const lines: string[] = ['### PDF preview', ''];
  if (failed.length > 0) {
    lines.push(`**${countOf(failed.length, 'file')} failed:**`, '');
    for (const row of failed.slice(0, shown))
      lines.push(`- ${tableCodeSpan(formatProblem(row.source, row.error!))}`);
    lines.push('');
  }
  const pdfsShown = Math.max(0, shown - failed.length);
  if (pdfs.length > 0) {
    lines.push('| PDF | Pages | Size | Change |', '| --- | ---: | ---: | --- |');
    for (const row of pdfs.slice(0, pdfsShown)) lines.push(rowLine(row, previous));
    lines.push('');
    for (const row of pdfs.slice(0, pdfsShown)) {
      const block = warningBlock(row, warningsPerFile, where);
      if (block.length) lines.push(...block, '');
    }
  } else if (failed.length === 0) {
    lines.push('No document in this change was converted: it adds, modifies or renames no document.', '');
  }
  const hidden = report.rows.length - Math.min(shown, report.rows.length);
  if (hidden > 0) lines.push(`…and ${hidden} more: see ${where}.`, '');
  const removed = report.removed ?? [];
  if (removed.length > 0) {
    const listed = removed.slice(0, removedShown).map((name) => tableCodeSpan(name));
    const rest = removed.length - listed.length;
    if (rest > 0) listed.push(`…and ${rest} more: see ${where}`);
    lines.push(`**Removed:** ${listed.join(', ')}`, '');
  }
  if (report.fileLinksSkipped) {
    const { count, cap } = report.fileLinksSkipped;
    lines.push(
      `${count} PDFs is more than ${cap}, so they have no links of their own; download the zip.`,
      '',
    );
  }
  const zipUrl = safeUrl(report.zip?.url);
  const footer: string[] = [];
  if (report.zip && zipUrl) footer.push(`All PDFs: [${tableCodeSpan(report.zip.name)} (zip)](${zipUrl})`);
  else if (runUrl && pdfs.length > 0) footer.push(`No zip was uploaded; see [the workflow run](${runUrl})`);
  if (report.sha) footer.push(`built from ${tableCodeSpan(report.sha.slice(0, 7))}`);
  if (footer.length) lines.push(footer.join(' · '), '');
  if (report.scope) lines.push(`<sub>${tableCodeSpan(report.scope)}</sub>`, '');
  return lines.join('\n').trimEnd();
}

/** The largest `k` in 0..`high` for which `fits(k)` holds (`fits` holds for every smaller `k` too); 0 if none. */
function largestFitting(high: number, fits: (k: number) => boolean): number {
  let low = 0;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The preview as Markdown, under `limit` characters. What does not fit is cut, each part with "…and N
 * more" and a link to the job summary, which shows it all: first each file's warnings beyond
 * WARNINGS_PER_FILE_WHEN_CUT, then the rows (failures are kept first), then the removed documents.
 */
export function renderPreviewMarkdown(report: PreviewReport, limit = Infinity): string {
  const all: Shown = {
    rows: report.rows.length,
    removed: report.removed?.length ?? 0,
    warningsPerFile: Infinity,
  };
  const full = renderBody(report, all);
  if (full.length <= limit) return full;
  const cut: Shown = { ...all, warningsPerFile: WARNINGS_PER_FILE_WHEN_CUT };
  const fits = (shown: Shown) => renderBody(report, shown).length <= limit;
  // The body grows with each row and each removed name, so search for the longest prefixes that fit.
  const rows = largestFitting(all.rows, (k) => fits({ ...cut, rows: k, removed: 0 }));
  const removed = largestFitting(all.removed, (k) => fits({ ...cut, rows, removed: k }));
  return renderBody(report, { ...cut, rows, removed });
}

/** The hidden line with the page counts to carry over (this run's counts over the previous ones). */
export function pagesMarker(pages: Readonly<Record<string, number>>): string {
  const entries = Object.entries(pages);
  let json = JSON.stringify(Object.fromEntries(entries));
  while (json.length > PAGES_MARKER_BUDGET && entries.length > 0) {
    entries.splice(Math.floor(entries.length / 2));
    json = JSON.stringify(Object.fromEntries(entries));
  }
  // `--` cannot end an HTML comment inside JSON text, but a name could hold `-->`: escape `>`.
  return `${PAGES_MARKER_PREFIX}${json.replace(/>/g, '\\u003e')} -->`;
}

/** The page counts a previous preview comment carried; empty when it had none or they do not parse. */
export function parsePagesMarker(body: string | undefined): Record<string, number> {
  const line = body?.split('\n').find((l) => l.startsWith(PAGES_MARKER_PREFIX) && l.endsWith(' -->'));
  if (!line) return {};
  try {
    const data: unknown = JSON.parse(line.slice(PAGES_MARKER_PREFIX.length, -' -->'.length));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(
      Object.entries(data).filter(
        (entry): entry is [string, number] => Number.isInteger(entry[1]) && (entry[1] as number) >= 0,
      ),
    );
  } catch {
    return {};
  }
}

/** Page counts to carry to the next preview: the previous ones, updated by this run, minus removed documents. */
export function nextPages(report: PreviewReport): Record<string, number> {
  const pages: Record<string, number> = { ...(report.previousPages ?? {}) };
  for (const removed of report.removed ?? []) delete pages[removed];
  for (const row of report.rows) if (row.pages !== undefined) pages[row.source] = row.pages;
  return pages;
}

/**
 * The whole preview comment: the identifying marker, the page counts for next time, and the body, under
 * GitHub's limit.
 */
export function renderPreviewCommentBody(marker: string, report: PreviewReport): string {
  const head = `${marker}\n${pagesMarker(nextPages(report))}\n`;
  return head + renderPreviewMarkdown(report, COMMENT_LIMIT - head.length - 100);
}
