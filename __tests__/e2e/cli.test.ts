// Runs the bundled CLI (`dist/cli.js`, bin `md-pdf`) the way a user does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');

function md(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, RUNNER_DEBUG: '', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('md-pdf CLI', () => {
  it('converts the patterns, prints one line per file, and exits 1 when a file failed', () => {
    const cwd = tempDir('cli');
    fs.mkdirSync(path.join(cwd, 'notes'));
    fs.writeFileSync(path.join(cwd, 'notes/a.md'), '# Alpha\n\n__author__: Ann\n\nText.\n');
    fs.writeFileSync(path.join(cwd, 'notes/b.md'), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(cwd, 'skip.md'), '# Not matched\n');
    const run = md(['notes/*.md', '--out-dir', 'out', '--theme', 'minimal', '--page-size', 'letter'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✓ notes\/a\.md → out\/notes\/a\.pdf \(1 page, [\d.]+ s\)$/m);
    expect(run.stdout).toMatch(/^✗ notes\/b\.md:1: this is a binary file/m);
    expect(run.stdout).toMatch(/1 PDF written to out, 1 failed/);
    expect(run.stdout + run.stderr).not.toContain('::debug::');
    expect(fs.existsSync(path.join(cwd, 'out/skip.pdf'))).toBe(false);
  });

  it('honours --page-size and writes a valid PDF', async () => {
    const cwd = tempDir('cli-size');
    fs.writeFileSync(path.join(cwd, 'r.md'), '# Letter\n\nText.\n');
    const run = md(['--out-dir', 'pdf', '--page-size', 'Letter'], cwd);
    expect(run.code, run.stderr).toBe(0);
    const pdf = await readPdf(path.join(cwd, 'pdf/r.pdf'));
    expect(Math.round(pdf.pages[0]!.width)).toBe(612);
    expect(Math.round(pdf.pages[0]!.height)).toBe(792);
  });

  it('links documents by their PDFs, and says at its line what it cannot print: a glyph, a link', async () => {
    const cwd = tempDir('cli-lost');
    fs.mkdirSync(path.join(cwd, 'docs'));
    fs.writeFileSync(
      path.join(cwd, 'docs/a.md'),
      '## Alpha\n\nSee [beta](b.md#steps) and the [notes](../notes.md).\n\nA box: \u{E000}.\n',
    );
    fs.writeFileSync(path.join(cwd, 'docs/b.md'), '## Steps\n\nDone.\n');
    fs.writeFileSync(path.join(cwd, 'notes.md'), '# Not matched\n');
    // Outside a GitHub workflow: a link to a file not converted has nowhere to go.
    const run = md(['docs/*.md', '--out-dir', 'out'], cwd, { GITHUB_ACTIONS: '' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      '  ! docs/a.md:5: no font has a glyph for U+E000 (Private Use): it prints as an empty box\n',
    );
    expect(run.stderr).toMatch(/^ {2}! docs\/a\.md:3: the link to \.\.\/notes\.md is printed as text/m);
    const pdf = await readPdf(path.join(cwd, 'out/docs/a.pdf'));
    expect(pdf.links.map((l) => l.uri)).toEqual(['./b.pdf#steps']);
    expect(pdf.text).toContain('the notes');
  });

  it('names the flag in a bad value and exits 2', () => {
    const run = md(['--page-size', 'A3'], tempDir('cli-bad'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--page-size must be one of A4, Letter; got "A3"');
  });
});
