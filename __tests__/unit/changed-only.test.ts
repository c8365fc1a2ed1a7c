import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectChangedDocuments } from '../../src/engine/changed-only.js';
import { findMarkdownFiles } from '../../src/engine/discover.js';
import { DEFAULTS } from '../../src/engine/options.js';
import { tempDir } from '../helpers/render.js';

async function workspaceWith(files: Record<string, string | Buffer>) {
  const root = tempDir('changed-only');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  const found = await findMarkdownFiles(['**/*.md'], root, path.join(root, 'pdf'));
  const context = {
    workspace: root,
    patterns: ['**/*.md'],
    maxFileSize: DEFAULTS.maxFileSize,
    css: 'style/print.css',
  };
  return { found, context };
}

describe('selectChangedDocuments', () => {
  it('selects documents by their own change and by the images they load, folders resolved like the page', async () => {
    const { found, context } = await workspaceWith({
      'docs/a.md': '# A\n\n![one](../img/one.png)\n',
      'docs/b.md': '# B\n\n<img src="/img/two.png">\n',
      'docs/c.md': '# C\n',
      'docs/d.md': '# D\n\n![remote](https://example.com/img/one.png)\n',
    });
    const selection = await selectChangedDocuments(
      found,
      [
        { path: 'img/one.png', status: 'modified' },
        { path: 'img/two.png', status: 'removed' },
        { path: 'docs/c.md', status: 'added' },
        { path: 'docs/gone.md', status: 'removed' },
        { path: 'notes.txt', status: 'removed' },
      ],
      context,
    );
    expect(selection.files.map((f) => f.relativePath)).toEqual(['docs/a.md', 'docs/b.md', 'docs/c.md']);
    expect(Object.fromEntries(selection.kinds)).toEqual({
      'docs/a.md': 'asset',
      'docs/b.md': 'asset',
      'docs/c.md': 'new',
    });
    expect(selection.removed).toEqual(['docs/gone.md']);
  });

  it('reads no document for files a page cannot load, and converts an unreadable one when an image changed', async () => {
    const { found, context } = await workspaceWith({
      'docs/ok.md': '# OK\n',
      // Unreadable as Markdown: if it were read, it would be converted so its error shows.
      'docs/broken.md': Buffer.from([0, 1, 2, 0xff]),
    });
    const code = await selectChangedDocuments(found, [{ path: 'src/index.ts', status: 'modified' }], context);
    expect(code.files).toEqual([]);
    expect(code.note).toMatch(/^No document changed/);
    const image = await selectChangedDocuments(found, [{ path: 'logo.svg', status: 'added' }], context);
    expect(image.files.map((f) => f.relativePath)).toEqual(['docs/broken.md']);
  });

  it('selects everything when the stylesheet, a workflow or a local action (the options) changes', async () => {
    const { found, context } = await workspaceWith({ 'a.md': '# A\n', 'b.md': '# B\n' });
    for (const changed of [
      'style/print.css',
      '.github/workflows/pdf.yml',
      '.github/actions/pdf/action.yml',
    ]) {
      const selection = await selectChangedDocuments(found, [{ path: changed, status: 'modified' }], context);
      expect(selection.files).toHaveLength(2);
      expect(selection.note).toContain(changed);
    }
  });
});
