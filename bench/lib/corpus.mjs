// Builds the benchmark corpus in a temporary folder from ../shared/corpus.
// Nothing is copied into the repository.
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

const REPORTS = ['incident-report-plain.md', 'incident-report-rich.md'];
const LONG_DOCUMENT = 'real/commonmark/spec.md';

/** Where the shared corpus lives: `../shared/corpus` next to the repository. */
export function findCorpusRoot(repoRoot) {
  const root = path.resolve(repoRoot, '..', 'shared', 'corpus');
  const needed = [...REPORTS, LONG_DOCUMENT].map((file) => path.join(root, file));
  return needed.every((file) => existsSync(file)) ? root : undefined;
}

/**
 * Writes `copiesEach` copies of every report into `dir` as plain-001.md,
 * rich-001.md, … and returns the absolute paths, plain and rich interleaved so
 * that any prefix of the list is a fair mix of both kinds.
 */
async function writeReportBatch(corpusRoot, dir, copiesEach) {
  await mkdir(dir, { recursive: true });
  const files = [];
  for (let i = 1; i <= copiesEach; i++) {
    for (const report of REPORTS) {
      const kind = report.replace('incident-report-', '').replace('.md', '');
      const file = path.join(dir, `${kind}-${String(i).padStart(3, '0')}.md`);
      await copyFile(path.join(corpusRoot, report), file);
      files.push(file);
    }
  }
  return files;
}

/**
 * Builds every target the bench can run: `{ id, label, dir, files }`.
 * A target's folder holds only its Markdown files, because md-to-pdf writes
 * each PDF next to its source.
 */
export async function buildCorpus(corpusRoot, workDir, { quick }) {
  const batch = async (id, label, copiesEach) => {
    const dir = path.join(workDir, 'corpus', id);
    return { id, label, dir, files: await writeReportBatch(corpusRoot, dir, copiesEach) };
  };
  const targets = [
    await batch('warm-up', 'warm-up (2 reports)', 1),
    await batch('batch-40', '40 reports', 20),
  ];
  if (quick) return targets;

  targets.push(await batch('batch-200', '200 reports', 100));
  const longDir = path.join(workDir, 'corpus', 'long');
  await mkdir(longDir, { recursive: true });
  const spec = path.join(longDir, 'spec.md');
  await copyFile(path.join(corpusRoot, LONG_DOCUMENT), spec);
  targets.push({ id: 'long', label: 'CommonMark spec (long)', dir: longDir, files: [spec] });
  return targets;
}
