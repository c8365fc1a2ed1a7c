import { isInside } from '../../src/shared/paths.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMarkdownFiles, outputPathFor, rootPatterns } from '../../src/engine/discover.js';

describe('outputPathFor', () => {
  it('mirrors folders and swaps the extension', () => {
    expect(outputPathFor('reports/2025/a.md', '/w/pdf')).toBe('/w/pdf/reports/2025/a.pdf');
    expect(outputPathFor('a/README.md', '/w/pdf')).not.toBe(outputPathFor('b/README.md', '/w/pdf'));
    expect(outputPathFor('my report.md', '/o')).toBe('/o/my report.pdf');
    // A 255-byte Markdown name: its PDF name, with a temporary suffix, must still fit in 255 bytes.
    const long = outputPathFor(`docs/${'a'.repeat(252)}.md`, '/o');
    expect(long).toMatch(/^\/o\/docs\/a+~[0-9a-f]{8}\.pdf$/);
    expect(Buffer.byteLength(long.slice('/o/docs/'.length))).toBe(223);
  });
});

describe('rootPatterns', () => {
  it('roots patterns at the workspace, keeps ! excludes, and always excludes node_modules', () => {
    expect(rootPatterns(['**/*.md', '!drafts/**', '', '# comment'], '/w')).toEqual([
      '/w/**/*.md',
      '!/w/drafts/**',
      '!/w/**/node_modules/**',
    ]);
  });
});

describe('isInside', () => {
  it('accepts the folder and its children, rejects siblings and parents', () => {
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/w', '/w/a/b')).toBe(true);
    expect(isInside('/w', '/wx/a')).toBe(false);
    expect(isInside('/w', '/')).toBe(false);
  });
});

describe('findMarkdownFiles', () => {
  let root: string;
  let outside: string;
  const write = (rel: string, text = '# x\n') => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-discover-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-outside-'));
    write('b.md');
    write('a.md');
    write('reports/2025/z.md');
    write('reports/README.md');
    write('runbooks/README.md');
    write('drafts/wip.md');
    write('node_modules/pkg/README.md');
    write('notes.txt');
    fs.writeFileSync(path.join(outside, 'secret.md'), '# secret\n');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'link-out.md'));
    fs.symlinkSync(path.join(root, 'a.md'), path.join(root, 'link-in.md'));
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('finds Markdown files sorted, mirrors output paths, excludes node_modules and ! patterns', async () => {
    const { files, rejected } = await findMarkdownFiles(
      ['**/*.md', '!drafts/**'],
      root,
      path.join(root, 'pdf'),
    );
    expect(files.map((f) => f.relativePath)).toEqual([
      'a.md',
      'b.md',
      'link-in.md',
      'reports/2025/z.md',
      'reports/README.md',
      'runbooks/README.md',
    ]);
    expect(files.find((f) => f.relativePath === 'reports/2025/z.md')!.outputPath).toBe(
      path.join(root, 'pdf/reports/2025/z.pdf'),
    );
    expect(rejected).toEqual([
      {
        relativePath: 'link-out.md',
        reason: expect.stringContaining('symlink that points outside the workspace'),
      },
    ]);
  });

  it('takes several patterns and returns each file once', async () => {
    const { files } = await findMarkdownFiles(
      ['reports/**/*.md', 'reports/README.md'],
      root,
      path.join(root, 'pdf'),
    );
    expect(files.map((f) => f.relativePath)).toEqual(['reports/2025/z.md', 'reports/README.md']);
  });
});
