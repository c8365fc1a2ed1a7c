import { documentLayout } from './document-layout.js';
import { isInside } from '../shared/paths.js';
import { WORKSPACE_ORIGIN } from '../shared/origins.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SourceFile } from './discover.js';
import type { RenderedDocument } from '../document/html-page.js';
import type { DocumentExtras, DocumentLayout } from '../document/layout-options.js';
import type { BookChapter } from '../document/render-book.js';
import { renderDocumentPage } from '../document/render-document.js';
import { cssNeedsPagedJs } from '../document/layout-engine.js';
import { checkFrontMatterFence } from '../markdown/front-matter.js';
import type { markdownToHtml } from '../markdown/processor.js';
import { loadProcessor } from '../markdown/load-processor.js';
import { needsCjkFonts } from '../markdown/font-coverage.js';
import { pdfPathFor } from '../markdown/plugins/rehype-document-links.js';
import type { DocumentWarning } from '../markdown/processor.js';
import type { ConvertOptions } from './options.js';
import { readUserStylesheet } from './user-stylesheet.js';
import type { UserStylesheet } from './user-stylesheet.js';
import { findBrowser } from '../browser/find-chrome.js';
import { Printer } from '../browser/printer.js';
import type { PrintedPdf } from '../browser/printer.js';
import { unservedReason } from '../browser/request-guard.js';
import type { BlockedRequest } from '../browser/request-guard.js';
import { writeBook } from './book.js';
import { loadFinalize } from '../pdf/load-finalize.js';
import { IncrementalBuild } from './incremental.js';
import { checkRepositoryLinks } from './link-check.js';
import { readSource } from './read-source.js';
import { SourceDates } from './source-date.js';
import { makeFolderInside, writeFileAtomic } from '../shared/write-file.js';
import { printRetryingCrash, writeFinalPdf } from './print-output.js';
import { describeError, outcomeOfError } from './results.js';
import type { FileResult, ResultOutcome } from './results.js';
import { afterGrace, CANCEL_GRACE_MS } from './cancel-grace.js';
import { fullCollectionEvery } from './heap-trim.js';

/** `MD_PDF_PROFILE=1` logs where each file's milliseconds go (see the bench notes in issue 6). */
const PROFILE = process.env.MD_PDF_PROFILE === '1';
/** Finished documents between two full garbage collections (heap-trim.ts). */
const DOCUMENTS_PER_FULL_GC = 200;

/** Progress callbacks, so each shell can log the way its users expect, and a way to stop the run. */
export interface ConvertHooks {
  /**
   * Cancels the run when aborted: no new document starts, those in flight get CANCEL_GRACE_MS to finish,
   * then the browser is closed under them. Files without a PDF then are `cancelled`; no book is made and
   * an incremental manifest is left as it was.
   */
  signal?: AbortSignal;
  onFileDone?(result: FileResult): void;
  /**
   * A document (or the book, as `book of N documents`) has been handed to the browser (its first print
   * attempt, not the retry after a crash).
   * Called synchronously, so whatever it does happens while that document is in flight.
   */
  onPrintStart?(source: string): void;
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
  const sameUrl = (url: string): boolean => {
    try {
      return new URL(url, documentUrl).href === blocked.url;
    } catch {
      return false;
    }
  };
  // Markdown percent-encodes some characters (`[::1]` → `%5B::1%5D`) that the browser's URL has plain.
  const decoded = (url: string): string => {
    try {
      return decodeURI(url);
    } catch {
      return url;
    }
  };
  const asset = assets.find((a) => sameUrl(a.url) || sameUrl(decoded(a.url)));
  const shown = asset?.url ?? blocked.url;
  return { message: `could not load ${shown}: ${blocked.reason}`, line: asset?.line };
}

/** What a run hands each file's stages (the same for every file). */
interface RunContext {
  options: ConvertOptions;
  layout: DocumentLayout;
  printer: Printer;
  incremental?: IncrementalBuild;
  /** Each file's date: SOURCE_DATE_EPOCH, else its commit time (git asked once for the whole run). */
  dates: SourceDates;
  onPrintStart?: (source: string) => void;
  /** Every document of the run (see ConvertOptions.documentSet): links to these go to their PDFs. */
  documentSet: ReadonlySet<string>;
  /** The header, footer or watermark draws with the CJK fonts: every page of the run needs them. */
  marginsNeedCjkFonts: boolean;
  onInfo?: (message: string) => void;
  signal?: AbortSignal;
}

/** A document turned into HTML and ready to print: the first stage's result. */
interface PreparedDocument {
  file: SourceFile;
  started: number;
  warnings: DocumentWarning[];
  markdownMs: number;
  markdown: Awaited<ReturnType<typeof markdownToHtml>>;
  chapter: BookChapter;
  page: RenderedDocument;
  documentUrl: string;
  key?: Awaited<ReturnType<IncrementalBuild['keyFor']>>;
  /** SOURCE_DATE_EPOCH, else the file's commit time (asked of git while the page prints), else now. */
  date: Promise<Date>;
  /** The last commit that changed the file, for the PDF's metadata (same git walk as the date). */
  commit: Promise<string | undefined>;
}

/** A file's result, timed from the start of its first stage. */
function resultFor(
  file: SourceFile,
  started: number,
  warnings: DocumentWarning[],
  outcome: ResultOutcome,
): FileResult {
  return {
    source: file.relativePath,
    seconds: (performance.now() - started) / 1000,
    warnings,
    ...outcome,
  };
}

/**
 * Stage 1, in Node: read, Markdown to HTML, the page. Returns a finished result instead when the file
 * fails here or an incremental run keeps its PDF. Never throws.
 */
async function prepareFile(
  file: SourceFile,
  run: RunContext,
  onChapter?: (chapter: BookChapter) => void,
): Promise<PreparedDocument | FileResult> {
  const started = performance.now();
  const warnings: DocumentWarning[] = [];
  const { options, incremental } = run;
  try {
    const source = await readSource(file.path, options.maxFileSize);
    warnings.push(...source.warnings);
    const fence = checkFrontMatterFence(source.text);
    if (fence) warnings.push(fence);
    const { markdownToHtml, pageAssetsFor } = await loadProcessor();
    const markdownStarted = performance.now();
    const markdown = await markdownToHtml(source.text, fallbackTitle(file.relativePath), {
      source: file.relativePath,
      converted: run.documentSet,
      repositoryFileUrl: options.repositoryFileUrl,
      publishedPdfUrls: options.publishedPdfUrls,
    });
    const markdownMs = Math.round(performance.now() - markdownStarted);
    warnings.push(...markdown.warnings);
    warnings.push(...(await checkRepositoryLinks(markdown.links, options.workspace)));
    const documentUrl = documentUrlFor(file.relativePath);
    const extra: DocumentExtras = {
      // KaTeX's stylesheet, Mermaid, the image check and the CJK fonts, only for documents that use them
      // (a header, footer or watermark in CJK counts too).
      ...pageAssetsFor({
        ...markdown.features,
        cjk: markdown.features.cjk || run.marginsNeedCjkFonts,
      }),
      allowRemoteImages: options.allowRemoteAssets,
    };
    const chapter: BookChapter = {
      source: file.relativePath,
      documentUrl,
      bodyHtml: markdown.html,
      metadata: markdown.metadata,
      extra,
    };
    // Incremental: the Markdown stage found the images the document loads; now it can be decided.
    const key = await incremental?.keyFor(source.text, markdown.assets, documentUrl, markdown.links);
    const kept = key && (await incremental?.reuse(file, key));
    if (kept) {
      warnings.splice(0, warnings.length, ...kept.warnings);
      onChapter?.(chapter);
      return resultFor(file, started, warnings, {
        status: 'unchanged',
        pdf: file.outputPath,
        pages: kept.pages,
        bytes: kept.bytes,
      });
    }
    const date = run.dates.for(file.path);
    const commit = run.dates.commitFor(file.path);
    return {
      file,
      started,
      warnings,
      markdownMs,
      markdown,
      chapter,
      documentUrl,
      page: renderDocumentPage(markdown.html, markdown.metadata, run.layout, extra),
      key,
      date,
      commit,
    };
  } catch (error) {
    return resultFor(file, started, warnings, { status: 'failed', error: describeError(error) });
  }
}

/** Stage 2, in the browser: prints the page, once more on a fresh browser if the browser crashed. */
async function printDocument(
  doc: PreparedDocument,
  run: RunContext,
  slot: number,
): Promise<{ printed: PrintedPdf; blocked: BlockedRequest[] }> {
  const blocked: BlockedRequest[] = [];
  const job = {
    documentUrl: doc.documentUrl,
    documentHtml: doc.page.html,
    swap: doc.page.swap,
    timeoutMs: run.options.timeoutMs,
    onBlocked: (b: BlockedRequest) => blocked.push(b),
  };
  // While the browser works, the PDF stage's code loads (a failure shows when the file is finished).
  loadFinalize().catch(() => undefined);
  const source = doc.file.relativePath;
  const printed = await printRetryingCrash(run.printer, job, slot, {
    source,
    signal: run.signal,
    onStart: () => run.onPrintStart?.(source),
    onInfo: run.onInfo,
    // The first attempt's refused requests are asked again by the second.
    onRetry: () => {
      blocked.length = 0;
    },
  });
  return { printed, blocked };
}

/** Stage 3, in Node: warnings from the page, document info, the atomic write. Never throws. */
async function finishFile(
  doc: PreparedDocument,
  printing: Promise<{ printed: PrintedPdf; blocked: BlockedRequest[] }>,
  run: RunContext,
  onChapter?: (chapter: BookChapter) => void,
): Promise<FileResult> {
  const { file, warnings, markdown, documentUrl } = doc;
  const { options } = run;
  try {
    const { printed, blocked } = await printing;
    warnings.push(...blocked.map((b) => warningForBlocked(b, documentUrl, markdown.assets)));
    // What the page found (broken diagrams, images it could not show), minus what was already refused.
    const refused = new Set(blocked.map((b) => b.url));
    for (const { message, line, url } of printed.diagnostics) {
      if (url && refused.has(url)) continue;
      // The CSP stops a remote image before the request guard sees it: give the guard's reason anyway.
      const unserved = url && unservedReason(url, options.allowRemoteAssets);
      warnings.push({ message: unserved ? `could not load ${url}: ${unserved}` : message, line });
    }
    const finalizeStarted = performance.now();
    const finalized = await writeFinalPdf(
      printed.pdf,
      markdown.metadata,
      { date: await doc.date, pdfPath: pdfPathFor(file.relativePath), sourceCommit: await doc.commit },
      file.outputPath,
      options.outputDir,
    );
    if (PROFILE) {
      const steps = { markdown: doc.markdownMs, ...printed.timings };
      const finalize = Math.round(performance.now() - finalizeStarted);
      run.onInfo?.(
        `profile ${file.relativePath} ${Object.entries({ ...steps, finalize })
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}`,
      );
    }
    if (options.keepHtml) {
      const htmlPath = file.outputPath.replace(/\.pdf$/, '.html');
      await writeFileAtomic(htmlPath, new TextEncoder().encode(doc.page.html), options.outputDir);
    }
    if (doc.key) run.incremental?.recordWritten(file, doc.key, finalized.bytes, finalized.pages, warnings);
    onChapter?.(doc.chapter);
    return resultFor(file, doc.started, warnings, {
      status: 'written',
      pdf: file.outputPath,
      pages: finalized.pages,
      bytes: finalized.bytes.length,
    });
  } catch (error) {
    // Stopped by a cancelled run (or by a crash while it stops): the document is not at fault.
    return resultFor(file, doc.started, warnings, outcomeOfError(error, run.signal));
  }
}

/**
 * The run's layout. The user's stylesheet's text says whether it needs Paged.js; one from outside the
 * workspace (an absolute path, CLI only) is embedded, since the page is served nothing from there.
 */
function runLayout(options: ConvertOptions, stylesheet: UserStylesheet | undefined): DocumentLayout {
  if (!stylesheet) return documentLayout(options);
  const css = stylesheet.bytes?.toString('utf8') ?? '';
  return documentLayout(options, cssNeedsPagedJs(css), stylesheet.outside ? css : undefined);
}

/**
 * The engine: converts every file with one browser and a bounded number of documents in flight.
 * Results come back in input order; a failing file never stops the others. Knows nothing of GitHub.
 */
export async function convert(
  files: readonly SourceFile[],
  options: ConvertOptions,
  hooks: ConvertHooks = {},
  /** A printer that outlives this run (watch mode keeps its browser warm); the caller closes it. */
  sharedPrinter?: Printer,
): Promise<FileResult[]> {
  if (files.length === 0) return [];
  const { signal } = hooks;
  if (signal?.aborted) return files.map((file) => cancelledResult(file));
  const browser = await findBrowser(options.chromePath);
  // Before the browser starts: an unreadable stylesheet fails the run without leaving a browser behind.
  const stylesheet = await readUserStylesheet(options);
  const layout = runLayout(options, stylesheet);
  hooks.onInfo?.(`Using ${browser.executablePath} (${browser.source})`);
  const workspace = await fs.realpath(options.workspace);
  // A committed symlink must not turn an output folder inside the workspace into a way out of it.
  if (isInside(options.workspace, options.outputDir))
    await makeFolderInside(options.workspace, options.outputDir);
  const printer =
    sharedPrinter ??
    new Printer({
      executablePath: browser.executablePath,
      workspace,
      allowRemoteAssets: options.allowRemoteAssets,
    });
  const incremental = options.incremental
    ? await IncrementalBuild.open(options, browser.executablePath, hooks.onInfo, stylesheet)
    : undefined;
  // Without a manifest every file will print: start the browser alongside the first Markdown work.
  // (With one, the browser starts on the first print, so a run where nothing changed never starts it.)
  if (!incremental) printer.warmUp(Math.min(options.concurrency, files.length));
  // performance.now() counts from the process's start: what start-up costs before the browser is asked for.
  if (PROFILE) hooks.onInfo?.(`profile browser requested ${Math.round(performance.now())} ms after start`);
  const results: FileResult[] = new Array(files.length);
  // With `merge`, each written document is kept (by index, so the book follows glob order).
  const chapters: Array<BookChapter | undefined> = [];
  const keepChapter = options.merge
    ? (index: number) => (c: BookChapter) => (chapters[index] = c)
    : undefined;
  const run: RunContext = {
    options,
    layout,
    marginsNeedCjkFonts: [options.header, options.footer, options.watermark].some((text) =>
      needsCjkFonts(text ?? ''),
    ),
    printer,
    incremental,
    dates: new SourceDates(
      files.map((f) => f.path),
      options.sourceDate,
    ),
    onPrintStart: hooks.onPrintStart,
    documentSet: new Set(options.documentSet ?? files.map((f) => f.relativePath)),
    onInfo: hooks.onInfo,
    signal,
  };
  const trimHeap = fullCollectionEvery(DOCUMENTS_PER_FULL_GC);
  const record = (index: number, result: FileResult): void => {
    results[index] = result;
    hooks.onFileDone?.(result);
    trimHeap();
  };
  // Once cancelled, the documents in flight get a grace to finish; then the browser is closed under them.
  const stopGrace = signal && afterGrace(signal, CANCEL_GRACE_MS, () => void printer.close());
  let next = 0;
  const prepareNext = () => {
    if (next >= files.length || signal?.aborted) return undefined;
    const index = next++;
    return prepareFile(files[index]!, run, keepChapter?.(index)).then((prepared) => ({ index, prepared }));
  };
  /*
   * Each slot keeps its page busy: while a document prints, the next one is already being turned into
   * HTML, and the one printed before is finalized and written. At most one of each per slot, so memory
   * stays flat however many files there are.
   */
  const worker = async (slot: number): Promise<void> => {
    let finishing: Promise<void> = Promise.resolve();
    let upcoming = prepareNext();
    while (upcoming) {
      const { index, prepared } = await upcoming;
      upcoming = prepareNext();
      if (!('page' in prepared)) {
        record(index, prepared);
        continue;
      }
      if (signal?.aborted) {
        record(index, cancelledResult(prepared.file, prepared.started, prepared.warnings));
        continue;
      }
      const printing = printDocument(prepared, run, slot);
      await printing.catch(() => undefined);
      await finishing;
      finishing = finishFile(prepared, printing, run, keepChapter?.(index)).then((result) =>
        record(index, result),
      );
    }
    await finishing;
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(options.concurrency, files.length) }, (_, slot) => worker(slot)),
    );
    if (signal?.aborted) {
      // The files never started; the manifest keeps what the previous run recorded (this run's PDFs
      // are simply rendered again next time); a book of some of the documents is no book.
      files.forEach((file, index) => (results[index] ??= cancelledResult(file)));
      return results;
    }
    if (incremental) {
      // Documents that exist but were not this run's to convert (changed-only, another shard) keep their
      // entries; those converted here, failed ones included, are recorded as this run left them.
      const converted = new Set(files.map((f) => f.relativePath));
      await incremental.save(
        hooks.onInfo,
        (options.documentSet ?? []).filter((source) => !converted.has(source)),
      );
      hooks.onInfo?.(incremental.summary());
    }
    if (options.merge) {
      const written = chapters.filter((c): c is BookChapter => c !== undefined);
      const taken = files.map((f) => f.outputPath);
      const book = await writeBook(written, { ...options, merge: options.merge }, printer, taken, layout, {
        signal,
        onInfo: hooks.onInfo,
        onPrintStart: hooks.onPrintStart,
      });
      results.push(book);
      hooks.onFileDone?.(book);
    }
  } finally {
    stopGrace?.();
    if (!sharedPrinter) await printer.close();
  }
  return results;
}

/** The result of a file the cancelled run did not write. */
function cancelledResult(
  file: SourceFile,
  started = performance.now(),
  warnings: DocumentWarning[] = [],
): FileResult {
  return resultFor(file, started, warnings, { status: 'cancelled' });
}
