import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserIdentity } from '../../src/browser/find-chrome.js';
import { CommandError } from '../../src/shared/errors.js';
import { execCommand } from '../../src/shared/exec.js';
import { tempDir } from '../helpers/render.js';

const node = process.execPath;
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

describe('execCommand', () => {
  it('resolves with what the program printed, run in the given folder, with no shell', async () => {
    const dir = tempDir('exec');
    folders.push(dir);
    const out = await execCommand(
      node,
      ['-e', 'process.stdout.write(process.cwd() + " " + process.argv[1])', '$HOME;x'],
      {
        cwd: dir,
        timeoutMs: 30_000,
      },
    );
    expect(out).toBe(`${fs.realpathSync(dir)} $HOME;x`);
  });

  it('fails with the exit code and the first line of stderr', async () => {
    const failing = execCommand(
      node,
      ['-e', 'process.stderr.write("fatal: no such ref\\nmore\\n"); process.exit(3)'],
      {
        timeoutMs: 30_000,
      },
    );
    await expect(failing).rejects.toBeInstanceOf(CommandError);
    await expect(failing).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(/: exited with code 3 \(fatal: no such ref\)$/),
    });
  });

  it('says so when the program is not installed', async () => {
    await expect(execCommand('md-pdf-no-such-program', ['--version'], { timeoutMs: 30_000 })).rejects.toThrow(
      'md-pdf-no-such-program --version: the program was not found',
    );
  });

  it('kills a program that gives no answer in time, and says how long it waited', async () => {
    await expect(
      execCommand(node, ['-e', 'setTimeout(() => {}, 60_000)'], { timeoutMs: 300 }),
    ).rejects.toThrow(/: gave no answer within 0\.3 s$/);
  });
});

describe('browserIdentity', () => {
  it("is the browser's --version line", async () => {
    expect(await browserIdentity('/usr/bin/chromium')).toMatch(/^Chromium \d+\./);
  });

  it('falls back to the file and its size when the program prints no version', async () => {
    const dir = tempDir('identity');
    folders.push(dir);
    const silent = path.join(dir, 'silent-browser');
    fs.writeFileSync(silent, '#!/bin/sh\nexit 1\n');
    fs.chmodSync(silent, 0o755);
    expect(await browserIdentity(silent)).toMatch(new RegExp(`^${silent} ${fs.statSync(silent).size} \\d`));
  });
});
