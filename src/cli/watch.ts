import { isInside } from '../shared/paths.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { watch } from 'chokidar';
import { findBrowser } from '../browser/find-chrome.js';
import { Printer } from '../browser/printer.js';
import { cancellationOf } from '../engine/cancellation.js';
import { printFileDone, summaryLine } from './lines.js';
import { convert } from '../engine/convert.js';
import { findMarkdownFiles } from '../engine/discover.js';
import { MANIFEST_NAME } from '../engine/incremental.js';
import type { ConvertOptions } from '../engine/options.js';
import { formatProblem } from '../markdown/report-format.js';
import { errorMessage } from '../shared/errors.js';

/** Folders whose changes never matter to a document: dependencies, git's own files. */
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);

/** Files a build writes: PDFs, their temporary files while written, kept HTML, the manifest. */
function isOutputFile(name: string): boolean {
  return /\.(pdf|tmp|html)$/i.test(name) || name === MANIFEST_NAME;
}

/** `12:03:04 `: rebuild lines say when, since they come while the user edits. */
function clock(): string {
  return `${new Date().toTimeString().slice(0, 8)} `;
}

/**
 * `md-pdf --watch`: converts once, then converts again whenever something in the workspace changes,
 * until `signal` (the CLI's SIGINT/SIGTERM cancellation, see cancellation.ts) is aborted. Every build is an incremental one against the manifest in the
 * output folder, so a change re-renders exactly the documents it touches (their source or an image they
 * use) and nothing else; new files that match the patterns are picked up. One browser stays open between
 * builds. A document that fails keeps its last good PDF (PDFs are only ever replaced whole). Resolves to
 * the exit code: 130 after SIGINT, 143 after SIGTERM.
 */
export async function watchAndConvert(
  patterns: readonly string[],
  options: ConvertOptions,
  cwd: string,
  signal: AbortSignal,
): Promise<number> {
  const run: ConvertOptions = { ...options, incremental: true };
  const browser = await findBrowser(run.chromePath);
  const printer = new Printer({
    executablePath: browser.executablePath,
    workspace: await fs.realpath(run.workspace),
    allowRemoteAssets: run.allowRemoteAssets,
  });

  /** One build: discover again (new files count), then convert; only what changed is printed. */
  const build = async (first: boolean): Promise<void> => {
    const found = await findMarkdownFiles(patterns, run.workspace, run.outputDir);
    if (first)
      for (const r of found.rejected)
        process.stderr.write(`✗ ${formatProblem(r.relativePath, { message: r.reason })}\n`);
    let done = 0;
    let changed = false;
    const results = await convert(
      found.files,
      run,
      {
        // Ctrl-C gives the documents in flight the usual grace, then stops them (their old PDFs stay).
        signal,
        // The browser and manifest notes are said once; rebuilds print only their documents' lines.
        onInfo: first ? (message) => process.stderr.write(`${message}\n`) : undefined,
        onFileDone: (result) => {
          // The `merge` book comes after the documents; it is made again on every build, so it is
          // worth a line only when a document changed.
          const isBook = ++done > found.files.length;
          if (!isBook && result.status !== 'unchanged') changed = true;
          if (signal.aborted) return;
          if (first) printFileDone(result, cwd);
          else if (isBook ? changed : result.status !== 'unchanged') printFileDone(result, cwd, clock());
        },
      },
      printer,
    );
    if (first) process.stdout.write(`${summaryLine(results, found.rejected.length, run.outputDir, cwd)}\n`);
  };

  /*
   * Builds never overlap: a change during a build asks for one more build after it. A save that fires
   * several events costs one extra build at most, and that one finds nothing changed and prints nothing.
   */
  let building: Promise<void> | undefined;
  let again = false;
  const rebuild = (first = false): void => {
    if (signal.aborted) return;
    if (building) {
      again = true;
      return;
    }
    building = build(first)
      .catch((error: unknown) => {
        if (!signal.aborted) process.stderr.write(`md-pdf: ${errorMessage(error)}\n`);
      })
      .finally(() => {
        building = undefined;
        if (again) {
          again = false;
          rebuild();
        }
      });
  };

  const outputDir = path.resolve(run.outputDir);
  const outputsApart = outputDir !== path.resolve(run.workspace);
  const watcher = watch(run.workspace, {
    ignoreInitial: true,
    // What builds write (the output folder, or PDFs and their temporary files when the output folder is
    // the workspace itself) is no input: reacting to it would build again after every build.
    ignored: (file: string) =>
      (outputsApart && isInside(outputDir, path.resolve(file))) ||
      isOutputFile(path.basename(file)) ||
      path
        .relative(run.workspace, file)
        .split(path.sep)
        .some((part) => IGNORED_FOLDERS.has(part)),
  });
  // A stylesheet from outside the workspace (`--css ~/print.css`) is an input too.
  if (run.css && path.isAbsolute(run.css)) watcher.add(run.css);
  watcher.on('all', () => rebuild());
  watcher.on('error', (error: unknown) => process.stderr.write(`md-pdf: watching: ${String(error)}\n`));
  try {
    const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    rebuild(true);
    await ready;
    await building;
    if (!signal.aborted) process.stderr.write('Watching for changes (press Ctrl-C to stop)\n');
    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
  } finally {
    await watcher.close();
    // Closing the browser ends a build in flight (its documents fail, their old PDFs stay); then wait for it.
    await printer.close();
    await building;
  }
  return cancellationOf(signal)?.exitCode ?? 0;
}
