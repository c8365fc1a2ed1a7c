// The page is a sandbox even when a layer fails: documents are printed straight through the Printer, with
// raw HTML no sanitizer has seen, so what stops them here is the CSP and the request guard alone.
import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../../src/shared/origins.js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-chrome.js';
import { Printer } from '../../src/browser/printer.js';
import { BrowserCrashedError, PrintTimeoutError } from '../../src/shared/errors.js';
import type { PrintJob } from '../../src/browser/printer.js';
import type { BlockedRequest } from '../../src/browser/request-guard.js';
import { contentSecurityPolicy } from '../../src/document/content-security-policy.js';
import { renderDocumentPage } from '../../src/document/render-document.js';
import { escapeHtml } from '../../src/shared/format.js';
import { markdownToHtml } from '../../src/markdown/processor.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/render.js';
import { startCanary } from './support.js';
import type { Canary } from './support.js';

const MARKER = ['PW', 'NED'].join('');

let canary: Canary;
let workspace: string;
let printer: Printer;
let counter = 0;

/** A job for a document at a fresh URL; blocked requests are collected. */
function job(documentHtml: string, timeoutMs = 60_000): PrintJob & { blocked: BlockedRequest[] } {
  const blocked: BlockedRequest[] = [];
  return {
    documentUrl: `${WORKSPACE_ORIGIN}/sandbox-${++counter}.md.html`,
    documentHtml,
    timeoutMs,
    onBlocked: (b) => blocked.push(b),
    blocked,
  };
}

/** A real document (our CSP, scripts and theme) whose body is `body`, raw: as if the sanitizer let it all through. */
async function documentWithRawBody(body: string): Promise<string> {
  const { metadata } = await markdownToHtml('# Sandbox', 'sandbox');
  return renderDocumentPage(body, metadata, { theme: 'report', pageSize: 'A4' }).html;
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n/;

/**
 * Every way a script could talk to the canary, including those request interception never sees (a
 * WebSocket, a worker). Each CSP violation is reported through the page's diagnostics, so the test can
 * tell which layer stopped what.
 */
function connectEverywhere(origin: string): string {
  const ws = origin.replace('http:', 'ws:');
  return `<script>
document.addEventListener('securitypolicyviolation', (e) =>
  window.__mdPdf.diagnostics.push({ message: 'csp ' + e.effectiveDirective + ' ' + e.blockedURI }));
document.querySelector('.doc-body').insertAdjacentHTML('beforeend', '<p>' + 'PW' + 'NED-ran</p>');
try { fetch('${origin}/fetch').catch(() => {}); } catch (e) {}
try { new WebSocket('${ws}/websocket'); } catch (e) {}
try { new EventSource('${origin}/event-source'); } catch (e) {}
try { navigator.sendBeacon('${origin}/beacon'); } catch (e) {}
try { new Image().src = '${origin}/image'; } catch (e) {}
try { new Worker('data:text/javascript,fetch("${origin}/worker")'); } catch (e) {}
try { const x = new XMLHttpRequest(); x.open('GET', '${origin}/xhr'); x.send(); } catch (e) {}
</script>`;
}

/** Waits a little for late connections (a WebSocket handshake, a beacon) to arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

beforeAll(async () => {
  canary = await startCanary();
  workspace = fs.realpathSync(tempDir('sandbox'));
  const browser = await findBrowser(undefined);
  printer = new Printer({ executablePath: browser.executablePath, workspace, allowRemoteAssets: false });
});

afterAll(async () => {
  await printer?.close();
  await canary?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

describe('the Content-Security-Policy, behind the sanitizer', () => {
  it('is in every document: scripts only from our runtime origin, no connections, frames or objects', async () => {
    const html = await documentWithRawBody('<p>x</p>');
    const policy = contentSecurityPolicy(false);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`);
    // Before anything that loads: the first elements of <head>.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
    const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual([RUNTIME_ORIGIN]);
    expect(directives.get('connect-src')).toEqual([RUNTIME_ORIGIN]);
    expect(directives.get('img-src')).not.toContain('http:');
    expect(contentSecurityPolicy(true)).toMatch(/img-src [^;]*https: http:/);
    for (const name of ['frame-src', 'object-src', 'base-uri', 'form-action'])
      expect(directives.get(name)).toEqual(["'none'"]);
  });

  it('stops inline scripts and event handlers that got past the sanitizer', async () => {
    const body = `<p>Before.</p>
<script>document.querySelector('.doc-body').textContent = 'PW' + 'NED-inline';</script>
<img src="missing.png" onerror="document.querySelector('.doc-body').textContent = 'PW' + 'NED-onerror'">
<a href="javascript:document.body.textContent='PW'+'NED'">a javascript: link</a>
<p>After.</p>`;
    const html = await documentWithRawBody(body);
    const guarded = await readPdf((await printer.print(job(html))).pdf);
    expect(guarded.text).not.toContain(MARKER);
    expect(guarded.text).toContain('After.');
    // The same document without its CSP runs the scripts: the check above can tell.
    const unguarded = await readPdf((await printer.print(job(html.replace(CSP_META, '')))).pdf);
    expect(unguarded.text).toContain(MARKER);
  });

  it('stops every connection even from a script that runs, including those interception never sees', async () => {
    // Our policy with inline scripts allowed: as if a script of ours were subverted.
    const leaky = contentSecurityPolicy(false).replace(
      `script-src ${RUNTIME_ORIGIN}`,
      `script-src ${RUNTIME_ORIGIN} 'unsafe-inline'`,
    );
    const html = (await documentWithRawBody(connectEverywhere(canary.origin))).replace(
      CSP_META,
      `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(leaky)}">\n`,
    );
    const printing = job(html);
    const printed = await printer.print(printing);
    expect((await readPdf(printed.pdf)).text).toContain(`${MARKER}-ran`);
    const violations = printed.diagnostics.map((d) => d.message);
    for (const [directive, target] of [
      ['connect-src', '/fetch'],
      ['connect-src', '/websocket'],
      ['connect-src', '/event-source'],
      ['connect-src', '/beacon'],
      ['connect-src', '/xhr'],
      ['img-src', '/image'],
      ['worker-src', 'data'],
    ]) {
      expect(violations).toContainEqual(expect.stringMatching(new RegExp(`^csp ${directive} .*${target}$`)));
    }
    // The CSP stopped them all before any request: the guard saw none of them.
    expect(printing.blocked.filter((b) => b.url.startsWith(canary.origin))).toEqual([]);
    await settle();
    expect(canary.requests).toEqual([]);
    expect(canary.connections).toBe(0);

    // Without any CSP, the browser itself still reaches nothing: the request guard answers what it sees,
    // and the WebSocket it never sees finds no address (Chromium resolves no host at all).
    const open = job(html.replace(CSP_META, ''));
    expect((await readPdf((await printer.print(open)).pdf)).text).toContain(`${MARKER}-ran`);
    expect(open.blocked.map((b) => b.url)).toContain(`${canary.origin}/fetch`);
    await settle();
    expect(canary.requests).toEqual([]);
    expect(canary.connections).toBe(0);
  });

  it('answers raw remote resources with a refusal, never the network', async () => {
    const body = `<img src="${canary.origin}/raw-img.png">
<link rel="stylesheet" href="${canary.origin}/raw-link.css">
<iframe src="${canary.origin}/raw-iframe"></iframe>
<object data="file:///etc/passwd"></object>
<div style="background: url('${canary.origin}/raw-style.png')">styled</div>`;
    const printing = job(await documentWithRawBody(body));
    const printed = await readPdf((await printer.print(printing)).pdf);
    await settle();
    expect(canary.requests).toEqual([]);
    expect(canary.connections).toBe(0);
    expect(printed.text).not.toContain('root:x:0:0');
  });
});

/** Pids of the processes below `pid` whose command line matches `pattern`. */
function descendants(pid: number, pattern: RegExp): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const family = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows)
      if (family.has(row.ppid) && !family.has(row.pid)) {
        family.add(row.pid);
        grew = true;
      }
  }
  return rows
    .filter((row) => row.pid !== pid && family.has(row.pid) && pattern.test(row.args))
    .map((r) => r.pid);
}

describe('a page whose scripts fail', () => {
  it('still prints, and reports the error so the user knows the layout may be incomplete', async () => {
    // No CSP here: the inline script stands for one of ours that throws while the page is laid out.
    const html = `<!doctype html><html><head>
<script src="${RUNTIME_ORIGIN}/page-scripts/common.js"></script>
<script src="${RUNTIME_ORIGIN}/page-scripts/chromium-layout.js"></script>
<script>window.__mdPdfBeforeLayout = [function () { throw new Error('boom in layout'); }];</script>
</head><body><p>Printed anyway.</p></body></html>`;
    const printed = await printer.print(job(html), 0);
    expect((await readPdf(printed.pdf)).text).toContain('Printed anyway.');
    expect(printed.diagnostics.map((d) => d.message)).toEqual([
      'a page script failed (the layout may be incomplete): boom in layout',
    ]);
  });
});

describe('a page that hangs or crashes', () => {
  const good = () => documentWithRawBody('<p>A good document.</p>');

  it('times out a renderer stuck in a loop, closes it, and prints the next document in the same slot', async () => {
    const stuck = '<!doctype html><title>stuck</title><p>x</p><script>for (;;) {}</script>';
    const started = Date.now();
    await expect(printer.print(job(stuck, 2000), 0)).rejects.toThrow(PrintTimeoutError);
    expect(Date.now() - started).toBeLessThan(15_000);
    const next = await printer.print(job(await good(), 60_000), 0);
    expect((await readPdf(next.pdf)).text).toContain('A good document.');
  });

  it('times out a page that never signals that layout is done', async () => {
    const silent = '<!doctype html><title>silent</title><p>No layout script at all.</p>';
    await expect(printer.print(job(silent, 1500), 1)).rejects.toThrow(
      /took longer than the 2 s time limit; split the document or raise `timeout`/,
    );
    expect((await readPdf((await printer.print(job(await good()), 1)).pdf)).pages).toHaveLength(1);
  });

  it('notices a crashed renderer at once, not at the time limit', async () => {
    const browserPid = (await printer.pid())!;
    const silent = '<!doctype html><title>silent</title><p>Waiting forever.</p>';
    const started = Date.now();
    const printing = printer.print(job(silent, 60_000), 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const pid of descendants(browserPid, /--type=renderer/)) process.kill(pid, 'SIGKILL');
    await expect(printing).rejects.toThrow(BrowserCrashedError);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect((await readPdf((await printer.print(job(await good()), 0)).pdf)).pages).toHaveLength(1);
  });

  it('notices a killed browser at once, and starts a new one for the next document', async () => {
    const browserPid = (await printer.pid())!;
    const silent = '<!doctype html><title>silent</title><p>Waiting forever.</p>';
    const started = Date.now();
    const printing = printer.print(job(silent, 60_000), 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(browserPid, 'SIGKILL');
    await expect(printing).rejects.toThrow(BrowserCrashedError);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect((await readPdf((await printer.print(job(await good()), 1)).pdf)).pages).toHaveLength(1);
    expect(await printer.pid()).not.toBe(browserPid);
  });
});
