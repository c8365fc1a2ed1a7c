// A <details> prints open with its summary as a label over the body (issue 10): like a heading, the label
// never stands alone at the foot of a page with its body on the next. Real Chromium, both layout engines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutEngineChoice } from '../../src/document/layout-engine.js';
import { normalizeText, readPdf } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

// Blocks whose body is one paragraph of three lines or so (too short to split: two lines at least stay on
// each side of a break), after a varied number of one-line paragraphs, so that page breaks fall at many
// different points.
const BODY = Array.from(
  { length: 3 },
  () => 'The body of this block says what the step did and what was seen.',
).join(' ');
const BLOCKS = Array.from({ length: 60 }, (_, i) => {
  const lines = Array.from({ length: i % 4 }, (_, k) => `Note ${k + 1} before block ${i + 1}.`).join('\n\n');
  return `${lines}\n\n<details>\n<summary>Label ${i + 1}</summary>\n\n${BODY}\n\n</details>`;
}).join('\n\n');

describe('details across pages (real Chromium)', () => {
  // `auto` is Chromium's own pagination for this document (no contents page, no named strings).
  it.each(['auto', 'pagedjs'] as LayoutEngineChoice[])(
    'keeps each summary on the page of its body (layout engine %s)',
    async (layoutEngine) => {
      const dir = tempDir('details-break');
      fs.writeFileSync(path.join(dir, 'steps.md'), `# Steps\n\n${BLOCKS}\n`);
      const { results } = await renderFolder(dir, ['steps.md'], path.join(dir, 'pdf'), { layoutEngine });
      expect(results[0]?.status).toBe('written');
      const pdf = await readPdf(results[0]!.pdf!);
      expect(pdf.pages.length).toBeGreaterThan(3);
      // The margin boxes come first in a page's text; its body's last line ends it.
      const pageEnds = pdf.pages.map((page) => normalizeText(page.text).slice(-40));
      expect(pageEnds.filter((end) => /Label \d+$/.test(end))).toEqual([]);
      // Every label and body is printed, and no part of a details split by a page break gets the
      // browser's default "Details" label.
      const text = normalizeText(pdf.text);
      expect(text).not.toMatch(/\bDetails\b/);
      for (const n of [1, 30, 60]) expect(text).toContain(`Label ${n} The body of this block`);
    },
    120_000,
  );
});
