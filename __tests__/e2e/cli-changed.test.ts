// `md-pdf --changed-since REF` on a real git repository, run from dist/cli.js as a user runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');
const PNG = (hex: string) =>
  Buffer.from(`iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8${hex}AAAAAElFTkSuQmCC`, 'base64');

describe('md-pdf --changed-since', () => {
  it('converts the changed documents and those using a changed image, and lists removed ones', async () => {
    const cwd = tempDir('cli-changed');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.x', ...args], {
        cwd,
        encoding: 'utf8',
      });
    fs.mkdirSync(path.join(cwd, 'docs'));
    fs.writeFileSync(path.join(cwd, 'docs/uses-image.md'), '# Image\n\n![logo](logo.png)\n');
    fs.writeFileSync(path.join(cwd, 'docs/edited.md'), '# Edited\n');
    fs.writeFileSync(path.join(cwd, 'docs/untouched.md'), '# Untouched\n');
    fs.writeFileSync(path.join(cwd, 'docs/deleted.md'), '# Deleted\n');
    fs.writeFileSync(path.join(cwd, 'docs/logo.png'), PNG('z8BAAAA'));
    fs.writeFileSync(path.join(cwd, '.gitignore'), 'out/\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(cwd, 'docs/logo.png'), PNG('j8BAAAA'));
    fs.writeFileSync(path.join(cwd, 'docs/edited.md'), '# Edited again\n');
    git('rm', '-q', 'docs/deleted.md');
    git('commit', '-q', '-am', 'change');

    const run = spawnSync(
      process.execPath,
      [CLI, 'docs/*.md', '--out-dir', 'out', '--changed-since', 'HEAD~1', '--footer', '{sha} {ref}'],
      { cwd, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Converting the 2 changed documents of 3');
    expect(run.stderr).toContain('- docs/deleted.md (removed)');
    expect(run.stdout).toMatch(/^✓ docs\/edited\.md/m);
    expect(run.stdout).toMatch(/^✓ docs\/uses-image\.md/m);
    expect(fs.existsSync(path.join(cwd, 'out/docs/untouched.pdf'))).toBe(false);
    // {sha} and {ref} come from the checkout.
    const head = git('rev-parse', '--short=7', 'HEAD').trim();
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD').trim();
    expect((await readPdf(path.join(cwd, 'out/docs/edited.pdf'))).text).toContain(`${head} ${branch}`);
  });

  it('a change that touches no document is no empty glob, even with --if-no-files-found error', () => {
    const cwd = tempDir('cli-changed-none');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.x', ...args], { cwd });
    fs.mkdirSync(path.join(cwd, 'docs'));
    fs.writeFileSync(path.join(cwd, 'docs/a.md'), '# A\n');
    fs.writeFileSync(path.join(cwd, 'build.sh'), 'echo 1\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(cwd, 'build.sh'), 'echo 2\n');
    git('commit', '-q', '-am', 'not a document');

    const args = ['docs/*.md', '--changed-since', 'HEAD~1', '--if-no-files-found', 'error'];
    const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('No document changed (1 changed file); nothing to convert');
    expect(run.stderr).not.toContain('No Markdown files match');
    expect(run.stdout).toMatch(/^0 PDFs written to pdf$/m);
  });
});
