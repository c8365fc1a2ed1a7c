// Shared by the publish tests: small real PDFs, a scratch folder, the runner's env, and the annotations
// @actions/core writes to stdout.
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { vi } from 'vitest';
import type { PublishablePdf } from '../../src/publish/types.js';

/** A real PDF with `pages` pages, its title printed on each. */
export async function makePdf(title: string, pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    doc.addPage([300, 200]).drawText(`${title} - page ${i}`, { x: 20, y: 100, size: 12, font });
  }
  doc.setTitle(title);
  doc.setCreationDate(new Date('2025-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2025-01-01T00:00:00Z'));
  return doc.save();
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function makeTempDir(prefix = 'md-pdf-publish-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Writes PDFs under `outputDir` and returns them as the engine would report them. */
export async function writePdfs(
  outputDir: string,
  specs: ReadonlyArray<{ relativePdf: string; pages?: number; title?: string }>,
): Promise<PublishablePdf[]> {
  const results: PublishablePdf[] = [];
  for (const spec of specs) {
    const bytes = await makePdf(spec.title ?? spec.relativePdf, spec.pages ?? 1);
    const pdf = path.join(outputDir, ...spec.relativePdf.split('/'));
    await mkdir(path.dirname(pdf), { recursive: true });
    await writeFile(pdf, bytes);
    results.push({
      source: spec.relativePdf.replace(/\.pdf$/, '.md'),
      pdf,
      relativePdf: spec.relativePdf,
      pages: spec.pages ?? 1,
      bytes: bytes.length,
    });
  }
  return results;
}

/** Every file below `dir`, as sorted `/`-separated relative paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Sets the runner's variables for this test (undone by `vi.unstubAllEnvs()`); `undefined` unsets one. */
export function stubEnv(env: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
}

/**
 * Collects what @actions/core prints (workflow commands such as `::warning::`) instead of letting it reach
 * the test output. Only stdout is captured; the clients under test are untouched.
 */
export function captureStdout(): { lines: () => string[]; warnings: () => string[] } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  const lines = () => chunks.join('').split(/\r?\n/);
  return {
    lines,
    warnings: () =>
      lines()
        .filter((line) => line.startsWith('::warning'))
        .map((line) => decodeCommand(line.slice(line.indexOf('::', 2) + 2))),
  };
}

function decodeCommand(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}
