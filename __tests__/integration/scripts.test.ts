// The world's scripts on real PDFs printed by Chromium (issue 10): every script of the multilingual sample
// is drawn with real glyphs (no glyph 0) and its text survives in the PDF; the Han face follows the
// language; Arabic and Hebrew run right to left, and a right-to-left document is laid out so as a whole
// (with either layout engine); a character no font has becomes a warning at its line.
import type { ThemeName } from '../../src/document/page-settings.js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { fontsOf, glyphCounts } from '../helpers/glyphs.js';
import { readPdf } from '../helpers/pdf.js';
import type { PdfContents } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

/** One sample per script, each a paragraph of its own (the Chinese, Japanese and Korean ones with Han). */
const SAMPLES = {
  'Simplified Chinese': '数据库连接池耗尽',
  'Traditional Chinese': '資料庫連線池耗盡',
  Japanese: '接続プールが枯渇しました',
  Korean: '연결 풀이 고갈되었습니다',
  Hindi: 'सेवा फिर से शुरू की',
  Bengali: 'পরিষেবাটি পুনরায় চালু',
  Tamil: 'சேவையை மீண்டும்',
  Thai: 'เราได้เริ่มบริการใหม่',
  Arabic: 'أعدنا تشغيل الخدمة',
  Hebrew: 'הפעלנו מחדש את השירות',
  Telugu: 'సేవను పునఃప్రారంభించాము',
  Kannada: 'ಸೇವೆಯನ್ನು ಮರುಪ್ರಾರಂಭಿಸಿದೆವು',
  Malayalam: 'സേവനം പുനരാരംഭിച്ചു',
  Gujarati: 'સેવા ફરી શરૂ કરી',
  Gurmukhi: 'ਸੇਵਾ ਮੁੜ ਸ਼ੁਰੂ ਕੀਤੀ',
  Odia: 'ସେବା ପୁଣି ଆରମ୍ଭ କଲୁ',
  Sinhala: 'සේවාව නැවත ආරම්භ කළෙමු',
} as const;

const MULTILINGUAL = `# Regional Notices

__author__: Mei L.

## Notices

${SAMPLES['Simplified Chinese']}。

<p lang="zh-Hant">${SAMPLES['Traditional Chinese']}。</p>

${SAMPLES.Japanese}。

${SAMPLES.Korean}.

${SAMPLES.Hindi}।

${SAMPLES.Bengali}।

${SAMPLES.Tamil}.

${SAMPLES.Thai}

${SAMPLES.Arabic}.

${SAMPLES.Hebrew}.

${SAMPLES.Telugu}. ${SAMPLES.Kannada}. ${SAMPLES.Malayalam}. ${SAMPLES.Gujarati}.

${SAMPLES.Gurmukhi}. ${SAMPLES.Odia}. ${SAMPLES.Sinhala}.

English closes the list of notices, left to right.

| Locale | Title |
| --- | --- |
| ja | サービス停止のお知らせ |
| ar | إشعار انقطاع الخدمة |
`;

const ARABIC = `---
lang: ar
title: تقرير الحادث
---

## الملخص

توقفت صفحة الحالة عن عرض الإشعارات لمدة سبع وأربعين دقيقة في جميع المناطق.

1. البند الأول
2. البند الثاني

| العمود الأول | العمود الثاني |
| --- | --- |
| Alpha | Beta |

An English paragraph keeps its own direction.

\`\`\`js
const pool = 'reset';
\`\`\`
`;

// `dir: rtl` without a right-to-left language; the contents page makes Paged.js lay it out.
const HEBREW_PAGED = `---
title: דוח תקלה
dir: rtl
toc: true
---

## סיכום

דף הסטטוס לא הציג הודעות אזוריות במשך ארבעים ושבע דקות.

## צעדים

- הפעלנו מחדש את השירות
`;

// Private Use Area characters: no font has them (a rarer script, such as Linear B, may be drawn by a
// system font on one machine and not on another).
const MISSING = `# Missing glyphs

A private-use character: \u{E000}.

A paragraph with a soft break
and one on its second line \u{E000} beside \u{E002}.

\`\`\`text
first line
second line \u{E001}
\`\`\`
`;

// Laid out by Paged.js (the contents page), where the heading's text is printed twice: one warning.
const MISSING_PAGED = `---
toc: true
---

# Steps

## Restart \u{E003}

Done.
`;

/** Each file holds Han characters of one language only, so the face it is printed in tells the choice. */
const HAN = {
  'han-ja.md': 'システムの接続が切れた。', // kana: Japanese
  'han-ko.md': '연결 장애 報告', // hangul: Korean
  'han-zh-tw.md': '---\nlang: zh-TW\n---\n\n連線中斷報告', // the document's language
  'han-none.md': '连接中断报告', // Han alone: Simplified Chinese
} as const;
const HAN_FACE = {
  'han-ja.md': 'NotoSansJP',
  'han-ko.md': 'NotoSansKR',
  'han-zh-tw.md': 'NotoSansTC',
  'han-none.md': 'NotoSansSC',
} as const;

function written(results: readonly FileResult[], source: string): FileResult {
  const result = results.find((r) => r.source === source);
  expect(result?.error?.message).toBeUndefined();
  expect(result?.status).toBe('written');
  return result!;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
/** The letters of a text, compatibility-decomposed (Arabic presentation forms become their letters). */
const letters = (text: string) => [...text.normalize('NFKD')].filter((c) => /\p{L}/u.test(c));
const ARABIC_LETTER = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** Left and right edges of the line of text (items at the same height) that `item` is on. */
function lineEdges(page: PdfContents['pages'][number], item: { y: number }) {
  const line = page.items.filter((i) => Math.abs(i.y - item.y) < 1);
  return {
    left: Math.min(...line.map((i) => i.x)),
    right: Math.max(...line.map((i) => i.x + i.width)),
  };
}

/** The text item that contains `needle` on page 1. */
function itemWith(pdf: PdfContents, needle: string) {
  const item = pdf.pages[0]!.items.find((i) => i.text.includes(needle));
  expect(item, `no text item with ${needle}`).toBeDefined();
  return item!;
}

const MARGIN_PT = (20 / 25.4) * 72; // the themes' side margin, 20 mm

describe('scripts, right-to-left text and the glyph check', () => {
  const workspace = tempDir('scripts');
  const out = path.join(workspace, 'pdf');
  let results: FileResult[];

  beforeAll(async () => {
    fs.writeFileSync(path.join(workspace, 'multilingual.md'), MULTILINGUAL);
    fs.writeFileSync(path.join(workspace, 'arabic.md'), ARABIC);
    fs.writeFileSync(path.join(workspace, 'hebrew-paged.md'), HEBREW_PAGED);
    fs.writeFileSync(path.join(workspace, 'missing.md'), MISSING);
    fs.writeFileSync(path.join(workspace, 'missing-paged.md'), MISSING_PAGED);
    fs.writeFileSync(path.join(workspace, 'latin.md'), '# Latin\n\nPlain “quoted” text — with a dash.\n');
    for (const [name, text] of Object.entries(HAN)) fs.writeFileSync(path.join(workspace, name), text);
    ({ results } = await renderFolder(workspace, ['*.md'], out, { keepHtml: true }));
  }, 240_000);

  it('prints every script with real glyphs and keeps its text', async () => {
    const result = written(results, 'multilingual.md');
    expect(result.warnings).toEqual([]);
    const { drawn, notdef } = await glyphCounts(result.pdf!);
    expect(drawn).toBeGreaterThan(200);
    expect(notdef).toBe(0);
    const text = (await readPdf(result.pdf!)).text;
    // Chinese, Japanese and Korean text comes back as written.
    for (const script of ['Simplified Chinese', 'Traditional Chinese', 'Japanese', 'Korean'] as const)
      expect(squeeze(text), script).toContain(squeeze(SAMPLES[script]));
    // Elsewhere the text layer holds glyphs in the order they are drawn (an Indic vowel sign before its
    // consonant, Arabic right to left in its contextual forms): every letter is there. (Poppler reads
    // Chromium's Bengali ligatures back where pdf.js misses one.)
    const found = new Set(letters(execFileSync('pdftotext', [result.pdf!, '-'], { encoding: 'utf8' })));
    for (const [script, sample] of Object.entries(SAMPLES))
      for (const letter of letters(sample)) expect(found.has(letter), `${script} ${letter}`).toBe(true);
    const fonts = fontsOf(result.pdf!).join(' ');
    for (const face of [
      'NotoSansSC',
      'NotoSansTC',
      'NotoSansJP',
      'NotoSansKR',
      'NotoSansDevanagari',
      'NotoSansBengali',
      'NotoSansTamil',
      'NotoSansThai',
      'NotoSansArabic',
      'NotoSansHebrew',
      'NotoSansTelugu',
      'NotoSansKannada',
      'NotoSansMalayalam',
      'NotoSansGujarati',
      'NotoSansGurmukhi',
      'NotoSansOriya',
      'NotoSansSinhala',
    ])
      expect(fonts).toContain(face);
  });

  it.each(['github', 'minimal'] as ThemeName[])(
    'prints every script with real glyphs in the %s theme',
    async (theme) => {
      const themed = path.join(workspace, `pdf-${theme}`);
      const { results: themedResults } = await renderFolder(workspace, ['multilingual.md'], themed, {
        theme,
      });
      const result = written(themedResults, 'multilingual.md');
      expect(result.warnings).toEqual([]);
      expect((await glyphCounts(result.pdf!)).notdef).toBe(0);
    },
    120_000,
  );

  it('chooses the Han face by language: the element, the document, kana or hangul, else Chinese', () => {
    for (const [name, face] of Object.entries(HAN_FACE)) {
      const han = fontsOf(written(results, name).pdf!).filter((f) => /^NotoSans(SC|TC|JP|KR)/.test(f));
      expect(han.length, name).toBeGreaterThan(0);
      for (const font of han) expect(font, name).toMatch(new RegExp(`^${face}`));
    }
  });

  it('loads no script font for a Latin-only document', () => {
    const fonts = fontsOf(written(results, 'latin.md').pdf!);
    expect(fonts.filter((f) => f.startsWith('NotoSans'))).toEqual([]);
  });

  it('runs Arabic and Hebrew paragraphs right to left inside a left-to-right document', async () => {
    const pdf = await readPdf(written(results, 'multilingual.md').pdf!);
    const page = pdf.pages.find((p) => p.text.includes('English closes'))!;
    const english = page.items.find((i) => i.text.includes('English closes'))!;
    expect(Math.abs(lineEdges(page, english).left - MARGIN_PT)).toBeLessThan(2);
    const hebrew = page.items.find((i) => i.text.includes('השירות'))!;
    const arabic = page.items.find((i) => ARABIC_LETTER.test(i.text) && i.y > english.y + 30)!;
    for (const item of [hebrew, arabic]) {
      // Right-aligned: the line ends at the right margin and starts well inside the page.
      const { left, right } = lineEdges(page, item);
      expect(Math.abs(right - (page.width - MARGIN_PT))).toBeLessThan(2);
      expect(left).toBeGreaterThan(page.width / 3);
    }
  });

  it('lays out a document with lang: ar right to left: title, lists, tables; code and English stay left to right', async () => {
    const result = written(results, 'arabic.md');
    expect((await glyphCounts(result.pdf!)).notdef).toBe(0);
    const html = fs.readFileSync(result.pdf!.replace(/\.pdf$/, '.html'), 'utf8');
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    const pdf = await readPdf(result.pdf!);
    const page = pdf.pages[0]!;
    const right = page.width - MARGIN_PT;
    const arabicLines = [
      ...new Map(
        page.items.filter((i) => ARABIC_LETTER.test(i.text)).map((i) => [Math.round(i.y), i]),
      ).values(),
    ].map((item) => ({ item, ...lineEdges(page, item) }));
    // The title (the largest text) and the paragraph end at the right margin.
    const title = arabicLines.reduce((a, b) => (b.item.height > a.item.height ? b : a));
    expect(Math.abs(title.right - right)).toBeLessThan(2);
    expect(arabicLines.filter((l) => Math.abs(l.right - right) < 2).length).toBeGreaterThanOrEqual(3);
    // The list's numbers stand right of their items.
    for (const number of ['1', '2']) {
      const marker = page.items.find((i) => i.text.replace(/\W/g, '') === number)!;
      expect(marker, `marker ${number}`).toBeDefined();
      const text = page.items.find((i) => ARABIC_LETTER.test(i.text) && Math.abs(i.y - marker.y) < 1)!;
      expect(marker.x).toBeGreaterThan(text.x + text.width);
      expect(Math.abs(marker.x + marker.width - right)).toBeLessThan(30);
    }
    // The table's first column is the rightmost one.
    expect(itemWith(pdf, 'Alpha').x).toBeGreaterThan(itemWith(pdf, 'Beta').x);
    expect(Math.abs(lineEdges(page, itemWith(pdf, 'An English')).left - MARGIN_PT)).toBeLessThan(2);
    expect(itemWith(pdf, 'const').x).toBeLessThan(MARGIN_PT + 30);
  });

  it('lays out a document with dir: rtl right to left with Paged.js too', async () => {
    const result = written(results, 'hebrew-paged.md');
    const html = fs.readFileSync(result.pdf!.replace(/\.pdf$/, '.html'), 'utf8');
    expect(html).toMatch(/<html lang="en" dir="rtl" data-layout-engine="pagedjs"/);
    const pdf = await readPdf(result.pdf!);
    const page = pdf.pages.find((p) => p.text.includes('הודעות'))!;
    const { left, right } = lineEdges(
      page,
      page.items.find((i) => i.text.includes('הודעות'))!,
    );
    expect(right).toBeCloseTo(page.width - MARGIN_PT, 0);
    expect(left).toBeGreaterThan(page.width / 3);
  });

  it('warns at its line about each character no font can draw, naming it and its script', async () => {
    const result = written(results, 'missing.md');
    expect(result.warnings).toEqual([
      { line: 3, message: 'no font has a glyph for U+E000 (Private Use): it prints as an empty box' },
      {
        line: 6,
        message:
          'no font has a glyph for these characters: U+E000 (Private Use), U+E002 (Private Use): ' +
          'they print as empty boxes',
      },
      { line: 10, message: 'no font has a glyph for U+E001 (Private Use): it prints as an empty box' },
    ]);
    // The check is right: these are the glyphs the PDF draws as boxes.
    expect((await glyphCounts(result.pdf!)).notdef).toBe(4);
  });

  it('checks a page Paged.js laid out too, once per character where the contents repeat a heading', async () => {
    const result = written(results, 'missing-paged.md');
    expect(result.warnings).toEqual([
      { line: 7, message: 'no font has a glyph for U+E003 (Private Use): it prints as an empty box' },
    ]);
    // Drawn twice: in the contents and in the heading.
    expect((await glyphCounts(result.pdf!)).notdef).toBe(2);
  });
});
