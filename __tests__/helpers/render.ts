// Runs the real engine (real Chromium) on a folder, the way the shells do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from '../../src/engine/convert.js';
import type { FileResult } from '../../src/engine/results.js';
import { findMarkdownFiles } from '../../src/engine/discover.js';
import type { RejectedFile } from '../../src/engine/discover.js';
import { DEFAULTS } from '../../src/engine/options.js';
import type { ConvertOptions } from '../../src/engine/options.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus lives beside the checkout; contributors without it skip those tests. */
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus');
export const HAS_CORPUS = fs.existsSync(CORPUS_DIR);

/** Engine options for tests: the defaults, two pages at once. */
export function testOptions(
  workspace: string,
  outputDir: string,
  overrides: Partial<ConvertOptions> = {},
): ConvertOptions {
  return {
    workspace,
    outputDir,
    theme: DEFAULTS.theme,
    pageSize: DEFAULTS.pageSize,
    concurrency: 2,
    timeoutMs: 120_000,
    maxFileSize: DEFAULTS.maxFileSize,
    allowRemoteAssets: false,
    ...overrides,
  };
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `md-pdf-${prefix}-`));
}

/** Discovers and converts like the CLI does. */
export async function renderFolder(
  workspace: string,
  patterns: string[],
  outputDir: string,
  overrides: Partial<ConvertOptions> = {},
): Promise<{ results: FileResult[]; rejected: RejectedFile[] }> {
  const options = testOptions(workspace, outputDir, overrides);
  const { files, rejected } = await findMarkdownFiles(patterns, workspace, outputDir);
  return { results: await convert(files, options), rejected };
}
