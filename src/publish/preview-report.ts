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
  const warned = row.warnings.length ? ` ⚠️ ${row.warnings.length}` : '';
  const change = row.change ? CHANGE_WORDS[row.change] : '';
  return `| ${shown}${warned} | ${pagesCell(row, previous)} | ${row.bytes === undefined ? '' : formatBytes(row.bytes)} | ${change} |`;
}

function warningBlock(row: PreviewRow): string[] {
  if (row.warnings.length === 0) return [];
  return [
    // Markdown does not render inside <summary>: HTML code, escaped.
    `<details><summary>${countOf(row.warnings.length, 'warning')} in <code>${escapeHtml(row.source)}</code></summary>`,
    '',
    ...row.warnings.map((warning) => `- ${tableCodeSpan(formatProblem(row.source, warning))}`),
    '',
    '</details>',
  ];
}

/** The body (without hidden markers) showing the first `shown` rows. */
function renderBody(report: PreviewReport, shown: number): string {
  const previous = report.previousPages ?? {};
  const runUrl = safeUrl(report.runUrl);
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
      const block = warningBlock(row);
      if (block.length) lines.push(...block, '');
    }
  } else if (failed.length === 0) {
    lines.push('No document in this change was converted: it adds, modifies or renames no document.', '');
  }
  const hidden = report.rows.length - Math.min(shown, report.rows.length);
  if (hidden > 0) {
    const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary';
    lines.push(`…and ${hidden} more: see ${where}.`, '');
  }
  if (report.removed?.length) {
    lines.push(`**Removed:** ${report.removed.map((removed) => tableCodeSpan(removed)).join(', ')}`, '');
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

/**
 * The preview as Markdown, under `limit` characters: rows that do not fit are cut (failures are kept
 * first) with "…and N more" and a link to the job summary, which shows them all.
 */
export function renderPreviewMarkdown(report: PreviewReport, limit = Infinity): string {
  const full = renderBody(report, report.rows.length);
  if (full.length <= limit) return full;
  // The longest prefix of rows that fits: the body grows with each row, so search for it.
  let low = 0;
  let high = report.rows.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (renderBody(report, mid).length <= limit) low = mid;
    else high = mid - 1;
  }
  return renderBody(report, low);
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
