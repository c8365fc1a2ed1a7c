import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_HELP } from '../../src/browser/find-chrome.js';
import { tempDir } from '../helpers/render.js';

describe('findBrowser', () => {
  let dir: string;
  const exe = (name: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, '#!/bin/sh\n');
    fs.chmodSync(file, 0o755);
    return file;
  };
  let explicit: string, fromEnv: string, fromPuppeteer: string, system: string;
  beforeAll(() => {
    dir = tempDir('find-chrome');
    explicit = exe('explicit');
    fromEnv = exe('chrome-env');
    fromPuppeteer = exe('puppeteer-env');
    system = exe('system-chrome');
    fs.writeFileSync(path.join(dir, 'not-executable'), '');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const env = { CHROME_PATH: '', PUPPETEER_EXECUTABLE_PATH: '' };

  it('prefers the explicit path, then CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH, then system paths', async () => {
    const all = { CHROME_PATH: fromEnv, PUPPETEER_EXECUTABLE_PATH: fromPuppeteer };
    expect(await findBrowser(explicit, all, [system])).toEqual({
      executablePath: explicit,
      source: 'chrome-path',
    });
    expect(await findBrowser(undefined, all, [system])).toEqual({
      executablePath: fromEnv,
      source: 'CHROME_PATH',
    });
    expect(
      await findBrowser(undefined, { ...env, PUPPETEER_EXECUTABLE_PATH: fromPuppeteer }, [system]),
    ).toEqual({
      executablePath: fromPuppeteer,
      source: 'PUPPETEER_EXECUTABLE_PATH',
    });
    expect(await findBrowser(undefined, env, [path.join(dir, 'missing'), system])).toEqual({
      executablePath: system,
      source: 'system',
    });
  });

  it('fails clearly when a configured path is not an executable, instead of silently using another', async () => {
    await expect(findBrowser(path.join(dir, 'not-executable'), env, [system])).rejects.toThrow(
      /chrome-path points to ".*not-executable", which is not an executable file/,
    );
    await expect(findBrowser(undefined, { CHROME_PATH: path.join(dir, 'nope') }, [system])).rejects.toThrow(
      /CHROME_PATH points to/,
    );
  });

  it('says how to get a browser when there is none (and no packaged Chromium)', async () => {
    const result = findBrowser(undefined, env, [path.join(dir, 'missing')]);
    // With @sparticuz/chromium installed (an optional dependency) the fallback is found instead.
    const found = await result.catch((error: Error) => error);
    if (found instanceof Error) {
      expect(found.message).toBe(NO_BROWSER_HELP);
      expect(found.message).toMatch(/apt-get install -y chromium/);
    } else {
      expect(found.source).toBe('@sparticuz/chromium');
      expect(fs.existsSync(found.executablePath)).toBe(true);
    }
  });
});
