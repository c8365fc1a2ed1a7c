// What the browser writes (its profile, Chromium's own temporary files) lives in one folder of ours, in
// the system's temporary folder, and is gone when the browser is: after close(), after a crash, and after a forced exit.
// Puppeteer's own temporary profile was removed by an asynchronous callback only, so a cancelled run
// that exited right after left it behind (and a second signal always did), with Chromium's temp folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findBrowser } from '../../src/browser/find-chrome.js';
import { goneOf, killBrowsersSync, launchBrowser, Printer } from '../../src/browser/printer.js';
import { removeTemporaryFilesSync } from '../../src/shared/temporary-files.js';
import { tempDir } from '../helpers/render.js';
import { chromiumChildren } from '../security/support.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

let systemTemp: string;
let workspace: string;
beforeEach(() => {
  // Short: Chromium's singleton socket lies three folders below, and a socket's path is 107 bytes at most.
  systemTemp = tempDir('sc');
  workspace = tempDir('scratch-workspace');
  folders.push(systemTemp, workspace);
  vi.stubEnv('TMPDIR', systemTemp);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The scratch folder of the one browser running: its profile, and Chromium's temporary folder in it. */
function theScratchFolder(): string {
  const entries = fs.readdirSync(systemTemp);
  expect(entries).toEqual([expect.stringMatching(/^md-pdf-browser-/)]);
  const scratch = path.join(systemTemp, entries[0]!);
  expect(fs.readdirSync(scratch).sort()).toEqual(['profile', 'tmp']);
  // Chromium honours the TMPDIR it was given: its singleton socket's folder is in there, not in /tmp.
  expect(fs.readdirSync(path.join(scratch, 'tmp'))).toContainEqual(expect.stringMatching(/^org\.chromium\./));
  return scratch;
}

async function newPrinter(): Promise<Printer> {
  const { executablePath } = await findBrowser(undefined);
  return new Printer({ executablePath, workspace, allowRemoteAssets: false });
}

describe("the browser's scratch folder", () => {
  it('is in the temporary folder while the browser runs, and close() removes it', async () => {
    const printer = await newPrinter();
    await printer.pid();
    theScratchFolder();
    await printer.close();
    expect(fs.readdirSync(systemTemp)).toEqual([]);
    expect(chromiumChildren()).toEqual([]);
  });

  it('of a browser that crashed is removed too, by the time close() resolves', async () => {
    const printer = await newPrinter();
    const pid = (await printer.pid())!;
    theScratchFolder();
    process.kill(-pid, 'SIGKILL');
    await printer.close();
    expect(fs.readdirSync(systemTemp)).toEqual([]);
    expect(chromiumChildren()).toEqual([]);
  });

  it('is removed synchronously on a forced exit (a second signal), after the browser is killed', async () => {
    const { executablePath } = await findBrowser(undefined);
    const browser = await launchBrowser({ executablePath, workspace, allowRemoteAssets: false });
    const exited = new Promise((resolve) => browser.process()!.once('exit', resolve));
    theScratchFolder();
    // What cancellation.ts does on a second signal, just before process.exit.
    killBrowsersSync();
    removeTemporaryFilesSync();
    expect(fs.readdirSync(systemTemp)).toEqual([]);
    await exited;
    await goneOf(browser);
    expect(fs.readdirSync(systemTemp)).toEqual([]);
  });
});
