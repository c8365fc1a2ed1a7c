// The book (`merge`) is written through the same guards as the documents: a folder of the output that a
// commit turned into a symlink never carries it outside the output folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFolder, tempDir } from '../helpers/render.js';

describe('a book whose folder a commit turned into a symlink', () => {
  it('is not written outside the output folder: the book fails with a clear error, the documents are written', async () => {
    const root = tempDir('book-link');
    const workspace = path.join(root, 'workspace');
    const out = path.join(workspace, 'pdf');
    const elsewhere = path.join(root, 'elsewhere');
    fs.mkdirSync(out, { recursive: true });
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(workspace, 'a.md'), '# A\n\nText.\n');
    fs.symlinkSync(elsewhere, path.join(out, 'sub'));
    try {
      const { results } = await renderFolder(workspace, ['*.md'], out, {
        concurrency: 1,
        merge: path.join(out, 'sub/book.pdf'),
      });
      expect(results.map((r) => [r.source, r.status, r.error?.message])).toEqual([
        ['a.md', 'written', undefined],
        [
          'book of 1 document',
          'failed',
          `the output folder sub is a symlink that leads outside ${out}; remove the link`,
        ],
      ]);
      expect(fs.readdirSync(elsewhere)).toEqual([]);
      expect(fs.readdirSync(out).sort()).toEqual(['a.pdf', 'sub']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
