// Builds the benchmark corpus in a temporary folder from ../shared/corpus.
// Nothing is copied into the repository.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BOOK_CHAPTERS, writeBook } from './book.mjs';

const REPORTS = ['incident-report-plain.md', 'incident-report-rich.md'];
const SINGLE_REPORT = 'incident-report-plain.md';
const LONG_DOCUMENT = 'real/commonmark/spec.md';
const MiB = 1024 * 1024;

/** Every target the bench knows, in the order they run; `--targets` picks among them. */
export const TARGET_IDS = ['batch', 'batch-large', 'single', 'spec', 'book', 'memory'];

/**
 * Sizes of the targets. The full sizes are the issue's shapes; `--smoke` shrinks
 * every one of them, to check that each row produces numbers, not to measure.
 */
export function targetSizes({ smoke, memoryDocs }) {
  return smoke
    ? { batch: 4, batchLarge: 10, bookBytes: MiB / 4, memoryDocs: memoryDocs ?? 20 }
    : { batch: 40, batchLarge: 200, bookBytes: MiB, memoryDocs: memoryDocs ?? 10_000 };
}

/** Where the shared corpus lives: `../shared/corpus` next to the repository. */
export function findCorpusRoot(repoRoot) {
  const root = path.resolve(repoRoot, '..', 'shared', 'corpus');
  const needed = [...new Set([...REPORTS, LONG_DOCUMENT, ...BOOK_CHAPTERS])];
  return needed.every((file) => existsSync(path.join(root, file))) ? root : undefined;
}

/**
 * Writes `count` reports into `dir` as plain-001.md, rich-001.md, … and returns
 * the absolute paths, plain and rich interleaved so that any prefix of the list
 * is a fair mix of both kinds. `vary(text, i)` may change each copy.
 */
async function writeReportBatch(corpusRoot, dir, count, vary = (text) => text) {
  await mkdir(dir, { recursive: true });
  const sources = await Promise.all(REPORTS.map((report) => readFile(path.join(corpusRoot, report), 'utf8')));
  const digits = String(Math.ceil(count / REPORTS.length)).length;
  const files = [];
  for (let i = 0; i < count; i++) {
    const report = REPORTS[i % REPORTS.length];
    const kind = report.replace('incident-report-', '').replace('.md', '');
    const number = String(Math.floor(i / REPORTS.length) + 1).padStart(Math.max(3, digits), '0');
    const file = path.join(dir, `${kind}-${number}.md`);
    await writeFile(file, vary(sources[i % REPORTS.length], i + 1));
    files.push(file);
  }
  return files;
}

/**
 * A generated report for the memory run: the corpus report with its title and
 * a closing paragraph naming the variant, so that no two documents are the
 * same (nothing can be shared or skipped as a duplicate).
 */
function reportVariant(count) {
  return (text, i) =>
    `${text.replace(/^(# .+)$/m, `$1 (variant ${i})`).trimEnd()}\n\nGenerated variant ${i} of ${count} for the memory run.\n`;
}

/** A folder holding one copy of one corpus file. */
async function singleFileTarget(corpusRoot, workDir, id, source, name = path.basename(source)) {
  const dir = path.join(workDir, 'corpus', id);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await copyFile(path.join(corpusRoot, source), file);
  return { id, dir, files: [file] };
}

/**
 * Builds the warm-up target and each of `targetIds`: `{ id, label, dir, files }`,
 * plus `runs` where a target is run a set number of times. A target's folder
 * holds only its Markdown files, because md-to-pdf writes each PDF next to its source.
 */
export async function buildCorpus(corpusRoot, workDir, targetIds, sizes) {
  const batch = async (id, label, count, vary) => {
    const dir = path.join(workDir, 'corpus', id);
    return { id, label, dir, files: await writeReportBatch(corpusRoot, dir, count, vary) };
  };
  const build = {
    batch: () => batch('batch', `${sizes.batch} reports`, sizes.batch),
    'batch-large': () => batch('batch-large', `${sizes.batchLarge} reports`, sizes.batchLarge),
    single: async () => ({
      ...(await singleFileTarget(corpusRoot, workDir, 'single', SINGLE_REPORT)),
      label: 'one report, cold',
    }),
    spec: async () => ({
      ...(await singleFileTarget(corpusRoot, workDir, 'spec', LONG_DOCUMENT)),
      label: 'CommonMark spec',
    }),
    book: async () => {
      const dir = path.join(workDir, 'corpus', 'book');
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, 'book.md');
      const { bytes, codeBlocks } = await writeBook(corpusRoot, file, sizes.bookBytes);
      const label = `book (${(bytes / MiB).toFixed(1)} MiB, ${codeBlocks} code blocks)`;
      return { id: 'book', label, dir, files: [file] };
    },
    memory: async () => ({
      ...(await batch(
        'memory',
        `${sizes.memoryDocs.toLocaleString('en-US')} generated reports (memory)`,
        sizes.memoryDocs,
        reportVariant(sizes.memoryDocs),
      )),
      runs: 1, // many minutes per run; peak memory, not time, is what it measures
    }),
  };
  const targets = [await batch('warm-up', 'warm-up (2 reports)', 2)];
  for (const id of TARGET_IDS) {
    if (targetIds.includes(id)) targets.push(await build[id]());
  }
  return targets;
}
