// The engine's side of cancellation, with a real Chromium: once the signal aborts, no new document
// starts, the one still printing is stopped after the grace (not retried as a crash), and a closed
// printer never starts a browser again.
import { WORKSPACE_ORIGIN } from '../../src/shared/origins.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-chrome.js';
import { launchBrowser, Printer } from '../../src/browser/printer.js';
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

/** Far beyond the grace to print on any machine (a long listing: Chromium prints it slowly). */
function hugeDocument(): string {
  const lines = Array.from({ length: 3000 }, (_, n) => `line ${n} of a long listing, with some words`);
  return ['# A huge document', '', '```', ...lines, '```', ''].join('\n');
}

describe('convert() with a cancellation signal', () => {
  it('starts no new document, stops the one in flight, and never relaunches the browser, not even after a crash', async () => {
    const short = ['b', 'c', 'd', 'e', 'f', 'g'];
    const { workspace, out } = workspaceWith({
      'a-huge.md': hugeDocument(),
      ...Object.fromEntries(short.map((name) => [`${name}.md`, `# ${name}\n\nShort.\n`])),
    });
    const { files } = await findMarkdownFiles(['*.md'], workspace, out);
    const controller = new AbortController();
    const info: string[] = [];
    const results = await convert(files, testOptions(workspace, out, { concurrency: 2 }), {
      signal: controller.signal,
      onInfo: (message) => info.push(message),
      // The first short document is written while the huge one is still in flight: cancel now. And the
      // browser dies right then: while the run stops, a crash is not retried on a fresh browser.
      onFileDone: (result) => {
        if (result.status !== 'written' || controller.signal.aborted) return;
        controller.abort();
        for (const pid of chromiumChildren()) process.kill(pid, 'SIGKILL');
      },
    });
    const statuses = Object.fromEntries(results.map((r) => [r.source, r.status]));
    // Stopped after the grace: cancelled, not failed, and not printed again on a fresh browser.
    expect(statuses['a-huge.md']).toBe('cancelled');
    expect(results.find((r) => r.source === 'a-huge.md')!.error).toBeUndefined();
    expect(info.filter((message) => /fresh browser|crashed/.test(message))).toEqual([]);
    expect(statuses['b.md']).toBe('written');
    // At most the document already printing when the signal came is finished; the rest never start.
    expect(statuses['f.md']).toBe('cancelled');
    expect(statuses['g.md']).toBe('cancelled');
    expect(results.every((r) => r.status === 'written' || r.status === 'cancelled')).toBe(true);
    const written = results
      .filter((r) => r.status === 'written')
      .map((r) => r.source.replace(/\.md$/, '.pdf'));
    expect(fs.readdirSync(out).sort()).toEqual(written.sort());
    expect(chromiumChildren()).toEqual([]);
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
    for (const pipe of pipes) {
      expect(() =>
        pipe.emit('error', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })),
      ).not.toThrow();
    }
    expect(chromiumChildren()).toEqual([]);
  });
});
