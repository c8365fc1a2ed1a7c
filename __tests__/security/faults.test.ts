// Faults in the middle of a run: the browser is killed mid-batch, a document runs out of time. Nothing is
// lost that can be saved, and what fails says so clearly.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/engine/convert.js';
import { findMarkdownFiles } from '../../src/engine/discover.js';
import { formatProblem } from '../../src/markdown/report-format.js';
import { readPdf } from '../helpers/pdf.js';
import { renderFolder, tempDir, testOptions } from '../helpers/render.js';
import { chromiumChildren, listFiles } from './support.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** A workspace holding the given documents. */
function workspaceWith(documents: Record<string, string>): { workspace: string; out: string } {
  const workspace = tempDir('faults');
  const out = path.join(workspace, 'pdf');
  folders.push(workspace);
  for (const [name, text] of Object.entries(documents)) fs.writeFileSync(path.join(workspace, name), text);
  return { workspace, out };
}

/** A document long enough to be still printing while short ones come and go. */
function longDocument(sections: number): string {
  const parts = ['# A long document\n'];
  for (let n = 1; n <= sections; n++)
    parts.push(`## Part ${n}\n\nParagraph ${n}, with enough words to fill a line.\n`);
  return parts.join('\n');
}

describe('a browser killed in the middle of a batch', () => {
  it('loses no file: what was printing is printed again on a fresh browser', async () => {
    // The browser is killed the moment a chosen document (not the first, so the browser is surely up)
    // starts printing: that document is in flight whatever the machine's speed.
    const documents: Record<string, string> = {};
    for (const name of ['a', 'b', 'c', 'd', 'e'])
      documents[`${name}.md`] = `# Document ${name}\n\nText of ${name}.\n`;
    documents['c.md'] = longDocument(200);
    const { workspace, out } = workspaceWith(documents);
    const info: string[] = [];
    const killed: number[] = [];
    const { files } = await findMarkdownFiles(['*.md'], workspace, out);
    const results = await convert(files, testOptions(workspace, out, { concurrency: 2 }), {
      onInfo: (message) => info.push(message),
      onPrintStart: (source) => {
        if (source !== 'c.md' || killed.length > 0) return;
        const pids = chromiumChildren();
        expect(pids).toHaveLength(1);
        process.kill(pids[0]!, 'SIGKILL');
        killed.push(pids[0]!);
      },
    });
    expect(killed).toHaveLength(1);
    expect(results.map((r) => [r.source, r.status, r.error?.message])).toEqual(
      Object.keys(documents).map((name) => [name, 'written', undefined]),
    );
    // The chosen document was in flight when the browser died, and was printed again.
    expect(info).toContainEqual(
      expect.stringMatching(/^c\.md: the browser crashed .*printing it again on a fresh browser$/),
    );
    const chosen = await readPdf(path.join(out, 'c.pdf'));
    expect(chosen.text).toContain('Paragraph 200, with enough words');
    expect(listFiles(out)).toEqual(Object.keys(documents).map((name) => name.replace(/\.md$/, '.pdf')));
    // The killed browser is gone and its successor was closed at the end of the run.
    expect(chromiumChildren()).toEqual([]);
  });
});

describe('a browser killed while the book prints', () => {
  it('prints the book again on a fresh browser, as it does a document', async () => {
    const { workspace, out } = workspaceWith({
      'a.md': '# Document a\n\nText of a.\n',
      'b.md': '# Document b\n\nText of b.\n',
    });
    const info: string[] = [];
    const killed: number[] = [];
    const { files } = await findMarkdownFiles(['*.md'], workspace, out);
    const book = path.join(out, 'book.pdf');
    const results = await convert(files, testOptions(workspace, out, { concurrency: 1, merge: book }), {
      onInfo: (message) => info.push(message),
      onPrintStart: (source) => {
        if (!source.startsWith('book of') || killed.length > 0) return;
        const pids = chromiumChildren();
        expect(pids).toHaveLength(1);
        process.kill(pids[0]!, 'SIGKILL');
        killed.push(pids[0]!);
      },
    });
    expect(killed).toHaveLength(1);
    expect(results.map((r) => [r.source, r.status, r.error?.message])).toEqual([
      ['a.md', 'written', undefined],
      ['b.md', 'written', undefined],
      ['book of 2 documents', 'written', undefined],
    ]);
    expect(info).toContainEqual(
      expect.stringMatching(
        /^book of 2 documents: the browser crashed .*printing it again on a fresh browser$/,
      ),
    );
    const printed = await readPdf(book);
    expect(printed.text).toContain('Text of a.');
    expect(printed.text).toContain('Text of b.');
    expect(chromiumChildren()).toEqual([]);
  });
});

describe('a document that takes too long', () => {
  it('fails alone with a clear timeout naming it; the documents after it in the same slot are written', async () => {
    const { workspace, out } = workspaceWith({
      // Far beyond 8 s to lay out on any machine, while the short ones take about one.
      'a-huge.md': longDocument(8000),
      'b.md': '# B\n\nAfter the huge one.\n',
      'c.md': '# C\n\nAfter that.\n',
    });
    const { results } = await renderFolder(workspace, ['*.md'], out, { concurrency: 1, timeoutMs: 8_000 });
    const [huge, b, c] = results;
    expect(huge!.status).toBe('failed');
    expect(formatProblem(huge!.source, huge!.error!)).toBe(
      'a-huge.md: layout and printing took longer than the 8 s time limit; split the document or raise `timeout`',
    );
    expect([b!.status, c!.status]).toEqual(['written', 'written']);
    expect(listFiles(out)).toEqual(['b.pdf', 'c.pdf']);
  });
});
