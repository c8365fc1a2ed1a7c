import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFolderInside, writeFileAtomic } from '../../src/shared/write-file.js';

let root: string;
let out: string;
let elsewhere: string;

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-write-')));
  out = path.join(root, 'pdf');
  elsewhere = path.join(root, 'elsewhere');
  fs.mkdirSync(elsewhere);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const list = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('writeFileAtomic', () => {
  it('writes the file whole, creating folders, and leaves no temporary file', async () => {
    await writeFileAtomic(path.join(out, 'a/b/report.pdf'), Buffer.from('%PDF-1.7'), out);
    expect(fs.readFileSync(path.join(out, 'a/b/report.pdf'), 'latin1')).toBe('%PDF-1.7');
    expect(list(out)).toEqual(['a', 'a/b', 'a/b/report.pdf']);
  });

  it('replaces an existing PDF in one step, and replaces a symlink at the target instead of following it', async () => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'old.pdf'), 'old');
    await writeFileAtomic(path.join(out, 'old.pdf'), Buffer.from('new'), out);
    expect(fs.readFileSync(path.join(out, 'old.pdf'), 'utf8')).toBe('new');
    fs.writeFileSync(path.join(elsewhere, 'victim.txt'), 'keep me');
    fs.symlinkSync(path.join(elsewhere, 'victim.txt'), path.join(out, 'linked.pdf'));
    await writeFileAtomic(path.join(out, 'linked.pdf'), Buffer.from('pdf'), out);
    expect(fs.readFileSync(path.join(elsewhere, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(out, 'linked.pdf')).isFile()).toBe(true);
  });

  it('refuses to write through a symlinked folder that leads out of the output folder', async () => {
    fs.mkdirSync(out);
    fs.symlinkSync(elsewhere, path.join(out, 'reports'));
    await expect(
      writeFileAtomic(path.join(out, 'reports/2025/a.pdf'), Buffer.from('pdf'), out),
    ).rejects.toThrow(`the output folder reports is a symlink that leads outside ${out}; remove the link`);
    // Not even a folder was made over there.
    expect(list(elsewhere)).toEqual([]);
  });

  it('leaves nothing behind when the write fails', async () => {
    fs.mkdirSync(path.join(out, 'taken.pdf'), { recursive: true });
    await expect(writeFileAtomic(path.join(out, 'taken.pdf'), Buffer.from('pdf'), out)).rejects.toThrow();
    expect(list(out)).toEqual(['taken.pdf']);
  });
});

describe('makeFolderInside', () => {
  it('accepts symlinked folders that stay inside, and refuses a file in the way', async () => {
    fs.mkdirSync(path.join(out, 'real'), { recursive: true });
    fs.symlinkSync(path.join(out, 'real'), path.join(out, 'alias'));
    await makeFolderInside(out, path.join(out, 'alias/sub'));
    expect(fs.existsSync(path.join(out, 'real/sub'))).toBe(true);
    fs.writeFileSync(path.join(out, 'file'), '');
    await expect(makeFolderInside(out, path.join(out, 'file/sub'))).rejects.toThrow();
  });
});
