// The engine's side of cancellation, with a real Chromium: once the signal aborts, no new document
// starts, the one still printing is stopped after the grace (not retried as a crash), and a closed
// printer never starts a browser again.
import { WORKSPACE_ORIGIN } from '../../src/shared/origins.js';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findBrowser } from '../../src/browser/find-chrome.js';
import { goneOf, launchBrowser, Printer } from '../../src/browser/printer.js';
import { PrinterClosedError } from '../../src/shared/errors.js';
import { convert } from '../../src/engine/convert.js';
import { findMarkdownFiles } from '../../src/engine/discover.js';
import { tempDir, testOptions } from '../helpers/render.js';
import { chromiumChildren } from '../security/support.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function workspaceWith(documents: Record<string, string>): { workspace: string; out: string } {
  const workspace = tempDir('cancel-engine');
  folders.push(workspace);
  for (const [name, text] of Object.entries(documents)) fs.writeFileSync(path.join(workspace, name), text);
  return { workspace, out: path.join(workspace, 'pdf') };
}

/**
 * Far beyond the grace (1.5 s) to print on any machine: a listing of about 200 pages. (3000 lines, about
 * 50 pages, printed in under two seconds on a fast machine.)
 */
function hugeDocument(): string {
  const lines = Array.from({ length: 12_000 }, (_, n) => `line ${n} of a long listing, with some words`);
  return ['# A huge document', '', '```', ...lines, '```', ''].join('\n');
}

const SHORT = ['b', 'c', 'd', 'e', 'f', 'g'];
const shortDocuments = (names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [`${name}.md`, `# ${name}\n\nShort.\n`]));

/** Cancels the run from onPrintStart (as `cancelWhen` chooses), and notes what starts printing after. */
function cancelOnPrintStart(cancelWhen: (source: string) => boolean, alsoThen?: () => void) {
  const controller = new AbortController();
  const startedAfterCancel: string[] = [];
  const info: string[] = [];
  const hooks = {
    signal: controller.signal,
    onInfo: (message: string) => info.push(message),
    // Synchronous, as the document is handed to the browser: it is in flight when the signal comes.
    onPrintStart: (source: string) => {
      if (controller.signal.aborted) return void startedAfterCancel.push(source);
      if (!cancelWhen(source)) return;
      controller.abort();
      alsoThen?.();
    },
  };
  return { hooks, startedAfterCancel, info };
}

describe('convert() with a cancellation signal', () => {
  it('stops the document in flight once the grace is over (cancelled, not failed), and starts no other', async () => {
    const { workspace, out } = workspaceWith({ 'a-huge.md': hugeDocument(), ...shortDocuments(SHORT) });
    const { files } = await findMarkdownFiles(['*.md'], workspace, out);
    // One slot: the huge document is the first and only one printing when the run is cancelled.
    const { hooks, startedAfterCancel, info } = cancelOnPrintStart((source) => source === 'a-huge.md');
    const results = await convert(files, testOptions(workspace, out, { concurrency: 1 }), hooks);
    expect(results.map((r) => [r.source, r.status])).toEqual(
      ['a-huge.md', ...SHORT.map((name) => `${name}.md`)].map((source) => [source, 'cancelled']),
    );
    expect(results.every((r) => r.error === undefined)).toBe(true);
    // The browser the run closed was not taken for a crash.
    expect(info.filter((message) => /fresh browser|crashed/.test(message))).toEqual([]);
    expect(startedAfterCancel).toEqual([]);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
    expect(chromiumChildren()).toEqual([]);
  });

  it('takes a browser that dies while the run stops for no crash: the document is cancelled, no browser starts again', async () => {
    const { workspace, out } = workspaceWith(shortDocuments(['a', ...SHORT]));
    const { files } = await findMarkdownFiles(['*.md'], workspace, out);
    const launches = vi.spyOn(puppeteer, 'launch');
    // The browser is up before the run starts, so that killing it is killing a browser in use.
    const { executablePath } = await findBrowser(undefined);
    const printer = new Printer({ executablePath, workspace, allowRemoteAssets: false });
    const pid = (await printer.pid())!;
    // The first document handed to the browser: cancel, and the browser (its process group) dies right then.
    const { hooks, startedAfterCancel, info } = cancelOnPrintStart(
      () => true,
      () => process.kill(-pid, 'SIGKILL'),
    );
    try {
      const results = await convert(files, testOptions(workspace, out, { concurrency: 2 }), hooks, printer);
      // Nothing printed before the first document, nothing after: every one is cancelled, none failed.
      expect(results.map((r) => r.status)).toEqual(results.map(() => 'cancelled'));
      expect(results.every((r) => r.error === undefined)).toBe(true);
      expect(info.filter((message) => /fresh browser|crashed/.test(message))).toEqual([]);
      expect(startedAfterCancel).toEqual([]);
      // The one browser of the run, never a second (crash recovery would have started one).
      expect(launches).toHaveBeenCalledTimes(1);
      expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
      await printer.close();
      expect(chromiumChildren()).toEqual([]);
    } finally {
      launches.mockRestore();
      await printer.close();
    }
  });

  it('does not start the browser at all when the signal has already aborted', async () => {
    const { workspace, out } = workspaceWith({ 'a.md': '# A\n', 'b.md': '# B\n' });
    const { files } = await findMarkdownFiles(['*.md'], workspace, out);
    const info: string[] = [];
    const results = await convert(files, testOptions(workspace, out), {
      signal: AbortSignal.abort(),
      onInfo: (message) => info.push(message),
    });
    expect(results.map((r) => [r.source, r.status])).toEqual([
      ['a.md', 'cancelled'],
      ['b.md', 'cancelled'],
    ]);
    expect(info).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('a closed printer', () => {
  const job = (onBlocked: () => void) => ({
    documentUrl: `${WORKSPACE_ORIGIN}/a.md.html`,
    // No page scripts: this page never says it is laid out, like a document stuck in its layout.
    documentHtml: '<!doctype html><p>stuck</p><img src="https://example.invalid/a.png">',
    timeoutMs: 60_000,
    onBlocked,
  });

  it('stops a print under way with PrinterClosedError (not a crash), and leaves no browser', async () => {
    const { workspace } = workspaceWith({});
    const browser = await findBrowser(undefined);
    const printer = new Printer({
      executablePath: browser.executablePath,
      workspace,
      allowRemoteAssets: false,
    });
    // The remote image is refused while the page loads: from then on the document is in the browser.
    let loading!: () => void;
    const inBrowser = new Promise<void>((resolve) => (loading = resolve));
    const printing = printer.print(job(() => loading()));
    printing.catch(() => undefined);
    await inBrowser;
    await printer.close();
    await expect(printing).rejects.toBeInstanceOf(PrinterClosedError);
    expect(chromiumChildren()).toEqual([]);
  });

  it('closes a browser still launching, and never starts another', async () => {
    const { workspace } = workspaceWith({});
    const browser = await findBrowser(undefined);
    const printer = new Printer({
      executablePath: browser.executablePath,
      workspace,
      allowRemoteAssets: false,
    });
    printer.warmUp(1);
    await printer.close();
    expect(chromiumChildren()).toEqual([]);
    await expect(printer.print(job(() => undefined))).rejects.toBeInstanceOf(PrinterClosedError);
    expect(chromiumChildren()).toEqual([]);
  });

  // CI once ended with an uncaught `read ECONNRESET`: the browser was killed after puppeteer's pipe
  // transport had closed and stopped listening for the pipe's errors. Such an error must not end the run.
  it("keeps errors on the browser's pipes handled after puppeteer has let go of them", async () => {
    const { workspace } = workspaceWith({});
    const { executablePath } = await findBrowser(undefined);
    const browser = await launchBrowser({ executablePath, workspace, allowRemoteAssets: false });
    // The DevTools pipes, fd 3 (to the browser) and fd 4 (from it), where the reset came from. Not stdout
    // and stderr: puppeteer reads those through readline, which forwards their errors until they end.
    const stdio = browser.process()?.stdio ?? [];
    const pipes = [stdio[3], stdio[4]].flatMap((stream) => (stream ? [stream] : []));
    expect(pipes).toHaveLength(2);
    await browser.close();
    await goneOf(browser);
    for (const pipe of pipes) {
      expect(() =>
        pipe.emit('error', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })),
      ).not.toThrow();
    }
    expect(chromiumChildren()).toEqual([]);
  });
});
