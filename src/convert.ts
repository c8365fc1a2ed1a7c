import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SourceFile } from './discover.js';
import { renderDocument, WORKSPACE_ORIGIN } from './document.js';
import type { DocumentLayout } from './document.js';
import { DocumentError } from './markdown/front-matter.js';
import { markdownToHtml } from './markdown/processor.js';
import type { DocumentWarning } from './markdown/processor.js';
import type { ConvertOptions } from './options.js';
import { findBrowser } from './browser/find-chrome.js';
import { BrowserCrashedError, Printer } from './browser/printer.js';
import type { BlockedRequest } from './browser/request-guard.js';
import { finalizePdf } from './pdf/finalize.js';
import { readSource } from './read-source.js';
import { writeFileAtomic } from './write-file.js';

/** What happened to one file. */
export interface FileResult {
  /** Workspace-relative source path. */
  source: string;
  status: 'written' | 'failed';
  /** Absolute PDF path (when written). */
  pdf?: string;
  pages?: number;
  bytes?: number;
  seconds: number;
  /** Why the file failed, with its line when known. */
  error?: DocumentWarning;
  warnings: DocumentWarning[];
}

/** Progress callbacks, so each shell can log the way its users expect. */
export interface ConvertHooks {
  onFileDone?(result: FileResult): void;
  onInfo?(message: string): void;
}

/** Title of a document that has none: its file name, readable. */
export function fallbackTitle(relativePath: string): string {
  return path.posix.basename(relativePath).replace(/\.(md|markdown|mdown|mkd)$/i, '');
}

/** The URL a document is loaded from: next to its source, so relative images and links resolve there. */
export function documentUrlFor(relativePath: string): string {
  return `${WORKSPACE_ORIGIN}/${relativePath.split('/').map(encodeURIComponent).join('/')}.html`;
}

/** Maps a blocked request back to the line that asked for it. */
function warningForBlocked(
  blocked: BlockedRequest,
  documentUrl: string,
  assets: readonly { url: string; line?: number }[],
): DocumentWarning {
  const asset = assets.find((a) => {
    try {
      return new URL(a.url, documentUrl).href === blocked.url;
    } catch {
      return false;
    }
  });
  const shown = asset?.url ?? blocked.url;
  return { message: `could not load ${shown}: ${blocked.reason}`, line: asset?.line };
}

function describeError(error: unknown): DocumentWarning {
  if (error instanceof DocumentError) return { message: error.message, line: error.line };
  if (error instanceof Error) return { message: error.message };
  return { message: String(error) };
}

/** Converts one file, start to finish; never throws: failures become a 'failed' result. */
async function convertFile(
  file: SourceFile,
  options: ConvertOptions,
  printer: Printer,
  slot: number,
): Promise<FileResult> {
  const started = performance.now();
  const warnings: DocumentWarning[] = [];
  const finish = (partial: Omit<FileResult, 'source' | 'seconds' | 'warnings'>): FileResult => ({
    source: file.relativePath,
    seconds: (performance.now() - started) / 1000,
    warnings,
    ...partial,
  });
  try {
    const source = await readSource(file.path, options.maxFileSize);
    warnings.push(...source.warnings);
    const markdown = await markdownToHtml(source.text, fallbackTitle(file.relativePath));
    warnings.push(...markdown.warnings);
    const layout: DocumentLayout = { theme: options.theme, pageSize: options.pageSize };
    const documentUrl = documentUrlFor(file.relativePath);
    const documentHtml = renderDocument(markdown.html, markdown.metadata, layout, {
      allowRemoteImages: options.allowRemoteAssets,
    });
    const blocked: BlockedRequest[] = [];
    const job = {
      documentUrl,
      documentHtml,
      timeoutMs: options.timeoutMs,
      onBlocked: (b: BlockedRequest) => blocked.push(b),
    };
    let printed;
    try {
      printed = await printer.print(job, slot);
    } catch (error) {
      // A crashed browser is not the document's fault: one more try on a fresh browser.
      if (!(error instanceof BrowserCrashedError)) throw error;
      blocked.length = 0;
      printed = await printer.print(job, slot);
    }
    warnings.push(...blocked.map((b) => warningForBlocked(b, documentUrl, markdown.assets)));
    const finalized = await finalizePdf(printed.pdf, markdown.metadata, { date: options.sourceDate });
    await writeFileAtomic(file.outputPath, finalized.bytes);
    return finish({
      status: 'written',
      pdf: file.outputPath,
      pages: finalized.pages,
      bytes: finalized.bytes.length,
    });
  } catch (error) {
    return finish({ status: 'failed', error: describeError(error) });
  }
}

/**
 * The engine: converts every file with one browser and a bounded number of documents in flight.
 * Results come back in input order; a failing file never stops the others. Knows nothing of GitHub.
 */
export async function convert(
  files: readonly SourceFile[],
  options: ConvertOptions,
  hooks: ConvertHooks = {},
): Promise<FileResult[]> {
  if (files.length === 0) return [];
  const browser = await findBrowser(options.chromePath);
  hooks.onInfo?.(`Using ${browser.executablePath} (${browser.source})`);
  const workspace = await fs.realpath(options.workspace);
  const printer = new Printer({
    executablePath: browser.executablePath,
    workspace,
    allowRemoteAssets: options.allowRemoteAssets,
  });
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const worker = async (slot: number): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const result = await convertFile(files[index]!, options, printer, slot);
      results[index] = result;
      hooks.onFileDone?.(result);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(options.concurrency, files.length) }, (_, slot) => worker(slot)),
    );
  } finally {
    await printer.close();
  }
  return results;
}
