import { countOf, formatBytes } from '../shared/format.js';
import type { DocumentWarning } from '../markdown/processor.js';
import { codeSpan, escapeMentions, tableCodeSpan } from '../publish/format.js';
import type { RenamedEntry } from '../publish/artifact.js';
import { REPORT_ENTRY, type ReportDocument, type RunReport } from './run-report.js';

/**
 * GitHub drops a step's summary over 1 MiB whole ("upload aborted"); we stay under it with room to spare
 * for what other steps of the job's summary machinery add.
 */
export const SUMMARY_MAX_BYTES = 1_000_000;

/** Past this many documents the table has one row per folder; past this many folders, totals only. */
export const SUMMARY_MAX_ROWS = 500;

/** A warning's text is cut here in the summary (the report keeps it whole). */
const MAX_MESSAGE_CHARS = 500;

/** What the job summary shows besides the report itself. */
export interface JobSummaryInput {
  report: RunReport;
  /** Path of the report file (the `report` output). */
  reportPath: string;
  /** The artifact that holds the report too, when one was uploaded. */
  artifact?: { name: string; url: string };
  /** PDFs stored in the artifact under another name. */
  renamed?: readonly RenamedEntry[];
  /** Lines about what was published (artifact, release assets, comment), already Markdown. */
  published?: readonly string[];
  /** Sections of their own (the PR preview's table), already Markdown; cut line by line when too big. */
  sections?: readonly { heading: string; markdown: string }[];
  /** What the reader must see first (a cancelled run), already Markdown; shown under the totals. */
  notice?: string;
  limits?: { maxBytes?: number; maxRows?: number };
}

/** A list of the summary, whose lines can be cut, with a note saying how many are left out. */
interface ListBlock {
  title: string;
  lines: string[];
  /** Wraps the kept lines (a code block, a table…). */
  wrap: (lines: string[]) => string;
  /** Says how many lines were left out. */
  omitted: (count: number) => string;
}

/**
 * The job summary in Markdown, always under {@link SUMMARY_MAX_BYTES}: totals and where the full report
 * is; a table per document, or per folder on a big run; every failure and every warning (file, line,
 * message); renamed artifact entries; what was published. When even that is too big, the published and
 * renamed lists, then the warnings, then the failures are cut, each with a note pointing to the report.
 * File names are code spans and messages are in code blocks, so nothing in them mentions anyone.
 */
export function buildJobSummary(input: JobSummaryInput): string {
  const maxBytes = input.limits?.maxBytes ?? SUMMARY_MAX_BYTES;
  const maxRows = input.limits?.maxRows ?? SUMMARY_MAX_ROWS;
  const { report } = input;
  const head = headText(input);
  const tables = tableChoices(report.documents, maxRows);
  const all: ListBlock[] = [
    problemList('Failures', failureLines(report.documents)),
    problemList(`Warnings (${report.totals.warnings})`, warningLines(report.documents)),
    renamedList(input.renamed ?? []),
    ...(input.sections ?? []).map((section) => ({
      title: section.heading,
      lines: section.markdown.split('\n'),
      wrap: (lines: string[]) => lines.join('\n'),
      omitted: (n: number) => `… and ${countOf(n, 'more line')}: see the full report`,
    })),
    {
      title: 'Published',
      lines: [...(input.published ?? [])],
      wrap: (lines) => lines.join('\n'),
      omitted: (n) => `- … and ${n} more`,
    },
  ];
  const lists = all.filter((list) => list.lines.length > 0);

  const render = (table: string, kept: (string[] | undefined)[]): string =>
    [
      head,
      table,
      ...lists.map((list, i) => {
        const lines = kept[i] ?? list.lines;
        const cut = list.lines.length - lines.length;
        const body = list.wrap(lines) + (cut > 0 ? `\n\n${list.omitted(cut)}` : '');
        return `### ${list.title}\n\n${body}`;
      }),
    ]
      .filter(Boolean)
      .join('\n\n') + '\n';
  const size = (text: string) => Buffer.byteLength(text);

  // 1. The most detailed table that fits with every list whole. When none does, the lists are cut anyway:
  // then the most compact table (a row per folder on a big run) stays, if it takes at most half the budget.
  const compact = tables.at(-2);
  let table =
    tables.find((t) => t !== '' && size(render(t, [])) <= maxBytes) ??
    (compact !== undefined && size(compact) <= maxBytes / 2 ? compact : '');
  // 2. Still too big: cut the lists, the least important first, each to what the budget leaves.
  const kept: (string[] | undefined)[] = [];
  for (let i = lists.length - 1; i >= 0 && size(render(table, kept)) > maxBytes; i--) {
    const list = lists[i]!;
    // With none of its lines, then as many as the bytes left hold (each line and its newline).
    kept[i] = [];
    let left = maxBytes - size(render(table, kept)) - 32; // the count in the note may grow a few digits
    let count = 0;
    while (count < list.lines.length && (left -= size(list.lines[count]!) + 1) >= 0) count++;
    kept[i] = list.lines.slice(0, count);
    while (count > 0 && size(render(table, kept)) > maxBytes) kept[i] = list.lines.slice(0, --count);
  }
  if (size(render(table, kept)) > maxBytes) table = '';
  return render(table, kept);
}

function headText(input: JobSummaryInput): string {
  const { totals } = input.report;
  const parts = [
    `${totals.written} written`,
    ...(totals.unchanged ? [`${totals.unchanged} unchanged`] : []),
    ...(totals.failed ? [`${totals.failed} failed`] : []),
    ...(totals.rejected ? [`${totals.rejected} refused`] : []),
    ...(totals.cancelled ? [`${totals.cancelled} cancelled`] : []),
  ];
  const where = input.artifact
    ? `${codeSpan(REPORT_ENTRY)} in the artifact [${escapeMentions(input.artifact.name)}](${input.artifact.url}), and ${codeSpan(input.reportPath)} (the \`report\` output)`
    : `${codeSpan(input.reportPath)} (the \`report\` output)`;
  return [
    '## Markdown → PDF',
    '',
    `**${countOf(totals.documents, 'document')}:** ${parts.join(', ')}; ` +
      `${countOf(totals.pages, 'page')}, ${formatBytes(totals.bytes)}, ${countOf(totals.warnings, 'warning')}.`,
    '',
    `Full report: ${where}.`,
    ...(input.notice ? ['', `> [!WARNING]\n> ${input.notice}`] : []),
  ].join('\n');
}

/** Table choices from the most detailed to none: per document, per folder, then nothing. */
function tableChoices(documents: readonly ReportDocument[], maxRows: number): string[] {
  const choices: string[] = [];
  if (documents.length <= maxRows) choices.push(documentTable(documents));
  const folders = groupByFolder(documents);
  if (folders.size <= maxRows) choices.push(folderTable(folders, documents.length));
  choices.push('');
  return choices;
}

function documentTable(documents: readonly ReportDocument[]): string {
  const rows = documents.map((d) => {
    const pdf =
      d.status === 'failed' || d.status === 'rejected' || d.status === 'cancelled'
        ? `✗ ${d.status}`
        : tableCodeSpan(d.pdf ?? '') + (d.status === 'unchanged' ? ' (unchanged)' : '');
    return `| ${tableCodeSpan(d.source)} | ${pdf} | ${d.pages ?? ''} | ${d.bytes === undefined ? '' : formatBytes(d.bytes)} | ${d.seconds?.toFixed(1) ?? ''} |`;
  });
  return ['| Source | PDF | Pages | Size | Seconds |', '| --- | --- | ---: | ---: | ---: |', ...rows].join(
    '\n',
  );
}

interface FolderTotals {
  documents: number;
  failed: number;
  warnings: number;
  pages: number;
  bytes: number;
}

function groupByFolder(documents: readonly ReportDocument[]): Map<string, FolderTotals> {
  const folders = new Map<string, FolderTotals>();
  for (const d of documents) {
    const slash = d.source.lastIndexOf('/');
    const folder = slash === -1 ? '.' : d.source.slice(0, slash);
    const totals = folders.get(folder) ?? { documents: 0, failed: 0, warnings: 0, pages: 0, bytes: 0 };
    totals.documents++;
    if (d.status === 'failed' || d.status === 'rejected') totals.failed++;
    totals.warnings += d.warnings.length;
    totals.pages += d.pages ?? 0;
    totals.bytes += d.bytes ?? 0;
    folders.set(folder, totals);
  }
  return folders;
}

function folderTable(folders: Map<string, FolderTotals>, documents: number): string {
  const rows = [...folders].map(
    ([folder, t]) =>
      `| ${tableCodeSpan(folder)} | ${t.documents} | ${t.failed} | ${t.warnings} | ${t.pages} | ${formatBytes(t.bytes)} |`,
  );
  return [
    `${documents} documents, by folder:`,
    '',
    '| Folder | Documents | Failed | Warnings | Pages | Size |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function oneLine(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  return flat.length > MAX_MESSAGE_CHARS ? `${flat.slice(0, MAX_MESSAGE_CHARS)}…` : flat;
}

function problemText(problem: DocumentWarning): string {
  return `${problem.line ?? '-'}: ${oneLine(problem.message)}`;
}

/** `file:line: message`, one line each. */
function failureLines(documents: readonly ReportDocument[]): string[] {
  return documents.flatMap((d) => (d.error ? [`${oneLine(d.source)}:${problemText(d.error)}`] : []));
}

/** The file once, then `  line: message` under it: compact on a run with thousands of warnings. */
function warningLines(documents: readonly ReportDocument[]): string[] {
  return documents.flatMap((d) =>
    d.warnings.length ? [oneLine(d.source), ...d.warnings.map((w) => `  ${problemText(w)}`)] : [],
  );
}

/** A code block: GitHub neither formats nor links (mentions, #123) anything inside it. */
function codeBlock(fence: string, lines: string[]): string {
  return [fence + 'text', ...lines, fence].join('\n');
}

function problemList(title: string, lines: string[]): ListBlock {
  // Longer than any backtick run inside, so no line can close the block; found once, not per render.
  const longest = Math.max(2, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return {
    title,
    lines,
    wrap: (kept) => codeBlock(fence, kept),
    omitted: (n) =>
      `… and ${countOf(n, 'more line')}, all in ${codeSpan(REPORT_ENTRY)} (the \`report\` output).`,
  };
}

function renamedList(renamed: readonly RenamedEntry[]): ListBlock {
  return {
    title: 'Renamed in the artifact',
    lines: renamed.map((r) => `| ${tableCodeSpan(r.pdf)} | ${tableCodeSpan(r.entry)} |`),
    wrap: (lines) =>
      [
        'These PDFs have characters in their names that artifacts refuse; the artifact stores them as:',
        '',
        '| PDF | In the artifact |',
        '| --- | --- |',
        ...lines,
      ].join('\n'),
    omitted: (n) => `… and ${n} more, all in ${codeSpan('md-pdf-names.json')} in the artifact.`,
  };
}
