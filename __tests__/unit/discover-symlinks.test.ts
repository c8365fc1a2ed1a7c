import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMarkdownFiles } from '../../src/engine/discover.js';

let root: string;
let workspace: string;
let outside: string;

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-links-')));
  workspace = path.join(root, 'workspace');
  outside = path.join(root, 'outside');
  fs.mkdirSync(path.join(workspace, 'docs'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(workspace, 'docs/a.md'), '# a\n');
  fs.writeFileSync(path.join(outside, 'secret.md'), '# secret\n');
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(workspace, 'docs/secret.md'));
  fs.symlinkSync(path.join(workspace, 'docs/a.md'), path.join(workspace, 'docs/alias.md'));
  fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(workspace, 'docs/broken.md'));
  fs.symlinkSync(outside, path.join(workspace, 'docs/outside-folder'));
  // A link to the root of the disk: following it would walk every file of the machine.
  fs.symlinkSync('/', path.join(workspace, 'root'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('findMarkdownFiles and symlinks', () => {
  it('refuses matched links that lead outside the workspace or nowhere, and never walks linked folders', async () => {
    // A walk through `root` would list files of the whole disk (and run into the test's time limit).
    const { files, rejected } = await findMarkdownFiles(['**/*.md'], workspace, path.join(workspace, 'pdf'));
    expect(files.map((f) => f.relativePath)).toEqual(['docs/a.md', 'docs/alias.md']);
    expect(rejected).toEqual([
      {
        relativePath: 'docs/broken.md',
        reason:
          'it is a broken symlink (its target does not exist); fix the link or exclude it with a ! pattern',
      },
      {
        relativePath: 'docs/secret.md',
        reason:
          'it is a symlink that points outside the workspace, and only files inside the workspace are converted; replace the link with the file or exclude it with a ! pattern',
      },
    ]);
  });
});
