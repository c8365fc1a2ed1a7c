// A right-to-left document is laid out right to left as a whole (issue 10), its running header and footer
// included: a template that mixes an Arabic title with Latin text and numbers reads from the right.
// Real Chromium, both layout engines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutEngineChoice } from '../../src/document/layout-engine.js';
import { readPdf } from '../helpers/pdf.js';
import type { PdfPage } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

const REPORT = (frontMatter: string) => `---
${frontMatter}
title: تقرير الحادث
---

## الملخص

توقفت صفحة الحالة عن عرض الإشعارات لمدة سبع وأربعين دقيقة.

\\newpage

## التفاصيل

أعدنا تشغيل الخدمة.
`;

const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** The text items of a page in its top or bottom margin (20 mm = 57 pt; PDF y runs upwards). */
function marginItems(page: PdfPage, where: 'top' | 'bottom') {
  return page.items.filter((i) => (where === 'top' ? i.y > page.height - 57 : i.y < 57));
}

describe('the margins of a right-to-left document (real Chromium)', () => {
  it.each([
    ['lang: ar', 'auto'],
    ['dir: rtl', 'pagedjs'],
  ] as Array<[string, LayoutEngineChoice]>)(
    'with %s (layout engine %s), the header and footer read from the right',
    async (frontMatter, layoutEngine) => {
      const dir = tempDir('rtl-margins');
      fs.writeFileSync(path.join(dir, 'report.md'), REPORT(frontMatter));
      const { results } = await renderFolder(dir, ['report.md'], path.join(dir, 'pdf'), {
        layoutEngine,
        header: 'Rev {page} · {title}',
        footer: '{title} · {page}/{pages}',
      });
      expect(results[0]?.status).toBe('written');
      const pdf = await readPdf(results[0]!.pdf!);
      expect(pdf.pages).toHaveLength(2);
      const page = pdf.pages[1]!;
      // Header: "Rev 2" first, so rightmost; the Arabic title after it, on its left.
      const header = marginItems(page, 'top');
      const rev = header.find((i) => i.text.includes('Rev'));
      const title = header.filter((i) => ARABIC.test(i.text));
      expect(rev, JSON.stringify(header)).toBeDefined();
      expect(title.length).toBeGreaterThan(0);
      for (const item of title) expect(item.x + item.width).toBeLessThan(rev!.x);
      // Footer: the Arabic title first, so rightmost; "2/2" on its left.
      const footer = marginItems(page, 'bottom');
      const count = footer.find((i) => i.text.includes('2/2'));
      const footerTitle = footer.filter((i) => ARABIC.test(i.text));
      expect(count, JSON.stringify(footer)).toBeDefined();
      expect(footerTitle.length).toBeGreaterThan(0);
      for (const item of footerTitle) expect(item.x).toBeGreaterThan(count!.x + count!.width);
    },
    120_000,
  );
});
