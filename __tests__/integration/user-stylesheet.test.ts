// The user stylesheet is read once per run (issue #13): for the layout (does it need Paged.js? is it
// embedded?) and for the incremental options hash alike. Real engine, real Chromium.
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convert } from '../../src/engine/convert.js';
import { findMarkdownFiles } from '../../src/engine/discover.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir, testOptions } from '../helpers/render.js';

afterEach(() => vi.restoreAllMocks());

describe('the user stylesheet', () => {
  it('is read once by an incremental run, and its rules and content hash both apply', async () => {
    const workspace = tempDir('css-once');
    const sheet = path.join(tempDir('css-once-outside'), 'print.css');
    fs.writeFileSync(path.join(workspace, 'a.md'), '# Quarterly\n\nBody.\n');
    fs.writeFileSync(sheet, 'h1::after { content: " (styled)"; }\n');
    const options = testOptions(workspace, path.join(workspace, 'pdf'), { css: sheet, incremental: true });
    const { files } = await findMarkdownFiles(['*.md'], workspace, options.outputDir);

    const readFile = vi.spyOn(fsPromises, 'readFile');
    const readsOfSheet = () => readFile.mock.calls.filter(([file]) => String(file) === sheet).length;
    const [first] = await convert(files, options);
    expect(first!.status, first!.error?.message).toBe('written');
    expect(readsOfSheet()).toBe(1);
    expect((await readPdf(first!.pdf!)).text).toContain('Quarterly (styled)');

    // Unchanged: kept. A changed stylesheet changes the options hash: rendered again, with the new rules.
    expect((await convert(files, options))[0]!.status).toBe('unchanged');
    fs.writeFileSync(sheet, 'h1::after { content: " (restyled)"; }\n');
    readFile.mockClear();
    const [again] = await convert(files, options);
    expect(again!.status).toBe('written');
    expect(readsOfSheet()).toBe(1);
    expect((await readPdf(again!.pdf!)).text).toContain('Quarterly (restyled)');
  });
});
