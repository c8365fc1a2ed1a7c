import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeBrowserScratch, removeBrowserScratch } from '../../src/browser/browser-scratch.js';
import { pendingTemporaryFiles, removeTemporaryFilesSync } from '../../src/shared/temporary-files.js';
import { tempDir } from '../helpers/render.js';

const root = tempDir('scratch');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('makeBrowserScratch', () => {
  it('makes a profile and a TMPDIR in one tracked folder, which removeBrowserScratch removes and releases', async () => {
    const scratch = await makeBrowserScratch(root);
    expect(path.dirname(scratch.root)).toBe(root);
    expect([scratch.profile, scratch.temp]).toEqual([
      path.join(scratch.root, 'profile'),
      path.join(scratch.root, 'tmp'),
    ]);
    expect(fs.statSync(scratch.temp!).isDirectory()).toBe(true);
    expect(pendingTemporaryFiles()).toContain(scratch.root);
    fs.writeFileSync(path.join(scratch.profile, 'Local State'), '{}');
    await removeBrowserScratch(scratch);
    expect(fs.existsSync(scratch.root)).toBe(false);
    expect(pendingTemporaryFiles()).not.toContain(scratch.root);
  });

  it("gives no TMPDIR where Chromium's singleton socket would not fit in a socket path (107 bytes)", async () => {
    const deep = path.join(root, 'a-runner-folder-with-a-long-name', 'and-another-one-below-it');
    fs.mkdirSync(deep, { recursive: true });
    const scratch = await makeBrowserScratch(deep);
    expect(scratch.temp).toBeUndefined();
    expect(fs.readdirSync(scratch.root)).toEqual(['profile']);
    // Still tracked: a forced exit removes it, profile and all.
    removeTemporaryFilesSync();
    expect(fs.existsSync(scratch.root)).toBe(false);
  });
});
