// Scripts and direction at build time (issue 10): which blocks take their own direction or language,
// which carry their source line for the glyph check, a document's direction, and the font stylesheet's
// script subsets.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { fontsCss } from '../../scripts/fonts-css.mjs';
import { renderDocumentPage } from '../../src/document/render-document.js';
import { needsCjkFonts, unicodeRanges } from '../../src/markdown/font-coverage.js';
import type { DocumentLayout } from '../../src/document/layout-options.js';
import { documentDirection } from '../../src/markdown/direction.js';
import { markdownToHtml, pageAssetsFor } from '../../src/markdown/processor.js';

const html = async (source: string) => (await markdownToHtml(source, 'Fallback')).html;

describe('block direction', () => {
  it('leaves a left-to-right document without right-to-left text as it was', async () => {
    expect(await html('Plain text.\n\n- one\n\n| a |\n| - |\n| b |\n')).not.toContain('dir=');
  });

  it('lets Arabic and Hebrew blocks of a left-to-right document run right to left', async () => {
    const out = await html('English first.\n\nنص عربي.\n\n- עברית\n- שנייה\n\n> اقتباس\n');
    expect(out).toContain('<p>English first.</p>');
    expect(out).toMatch(/<p [^>]*dir="auto"[^>]*>نص عربي.<\/p>/);
    // dir="auto" would not see the items' text (they have a dir of their own): the list gets it written out.
    expect(out).toContain('<ul dir="rtl">');
    expect(out).toMatch(/<li [^>]*dir="auto"[^>]*>עברית<\/li>/);
    expect(out).toContain('<blockquote dir="rtl">');
  });

  it('in a right-to-left document, gives English blocks their own direction and keeps code left to right', async () => {
    const out = await html(
      '---\nlang: ar\n---\n\nنص.\n\nEnglish.\n\n| Name | Value |\n| - | - |\n| a | b |\n\n```\ncode\n```\n',
    );
    expect(out).toContain('<p dir="auto">English.</p>');
    expect(out).toContain('<table dir="ltr">');
    expect(out).toMatch(/<p [^>]*dir="auto"[^>]*>نص.<\/p>/);
    expect(out).toMatch(/<pre [^>]*dir="ltr"/);
  });

  it('keeps a dir the author wrote', async () => {
    expect(await html('<p dir="ltr">نص عربي</p>\n')).toMatch(/<p dir="ltr"[^>]*>نص عربي<\/p>/);
  });
});

describe('Han face by language', () => {
  it('marks blocks with kana Japanese and blocks with hangul Korean, innermost block only', async () => {
    const out = await html('接続が切れた。\n\n연결 장애\n\n连接中断\n\n- 一覧\n  - ひらがな\n');
    expect(out).toContain('<p data-line="1" lang="ja">接続が切れた。</p>');
    expect(out).toContain('<p data-line="3" lang="ko">연결 장애</p>');
    // Han alone says nothing about the language: the default (Simplified Chinese) face draws it.
    expect(out).toContain('<p data-line="5">连接中断</p>');
    expect(out).toMatch(/<li data-line="7">一覧\s*<ul>\s*<li data-line="8" lang="ja">ひらがな<\/li>/);
  });

  it('leaves the language to the document or the author when they give one', async () => {
    expect(await html('---\nlang: zh-TW\n---\n\nひらがな\n')).not.toContain('lang=');
    expect(await html('<p lang="zh-Hant">ひらがな</p>\n')).toContain('<p lang="zh-Hant" data-line="1">');
    expect(await html('<div lang="ko">\n\nひらがな\n\n</div>\n')).not.toContain('lang="ja"');
  });
});

describe('source lines for the glyph check', () => {
  it('marks blocks with non-ASCII text of their own, with the line their text starts on', async () => {
    const out = await html('Plain.\n\nCafé\n\n- naïve\n\n```\nλ\n```\n\n    µ indented\n');
    expect(out).toContain('<p>Plain.</p>');
    expect(out).toContain('<p data-line="3">Café</p>');
    expect(out).toContain('<li data-line="5">naïve</li>');
    // A fenced block's code starts below its fence; an indented block's on its own line.
    expect(out).toMatch(/<pre[^>]* data-line="8"/);
    expect(out).toMatch(/<pre[^>]* data-line="11"/);
  });
});

describe('document direction', () => {
  it('is right to left for dir: rtl or a right-to-left language, front matter dir winning', () => {
    expect(documentDirection('rtl', undefined)).toBe('rtl');
    expect(documentDirection(undefined, 'ar')).toBe('rtl');
    expect(documentDirection(undefined, 'he-IL')).toBe('rtl');
    expect(documentDirection(undefined, 'fa')).toBe('rtl');
    expect(documentDirection('ltr', 'ar')).toBe('ltr');
    expect(documentDirection(undefined, 'en')).toBeUndefined();
    expect(documentDirection('sideways', undefined)).toBeUndefined();
  });

  it('sets dir on the page, and in a swap into a loaded page', async () => {
    const layout: DocumentLayout = { theme: 'report', pageSize: 'A4' };
    const { metadata, html: body } = await markdownToHtml('---\nlang: he\n---\n\nשלום\n', 'x');
    const page = renderDocumentPage(body, metadata, layout);
    expect(page.html).toMatch(/<html lang="he" dir="rtl"/);
    expect(page.swap?.dir).toBe('rtl');
    const ltr = renderDocumentPage('<p>Hi</p>', { ...metadata, lang: 'en', dir: undefined }, layout);
    expect(ltr.html).toMatch(/<html lang="en" data-layout-engine/);
    expect(ltr.swap?.dir).toBeUndefined();
  });
});

describe('CJK fonts on demand', () => {
  const stylesheets = async (source: string) =>
    pageAssetsFor((await markdownToHtml(source, 'Fallback')).features).stylesheets;

  it('links the CJK font stylesheet only for documents with CJK text, the metadata included', async () => {
    expect(await stylesheets('# Report\n\nPlain text – “quoted”, Ελληνικά, العربية.\n')).not.toContain(
      'themes/fonts-cjk.css',
    );
    expect(await stylesheets('---\ntitle: 障害報告\n---\n\nText.\n')).toContain('themes/fonts-cjk.css');
    expect(await stylesheets('# R\n\n상태 페이지\n')).toContain('themes/fonts-cjk.css');
  });

  it('links it for the symbols only the CJK fonts draw too, as the browser would find them', () => {
    expect(needsCjkFonts('progress ███░░ 60%')).toBe(true);
    expect(needsCjkFonts('Plain text – “quoted” ↑ ✅, Ελληνικά, русский, العربية, हिन्दी')).toBe(false);
    expect(unicodeRanges('unicode-range: U+0000-00FF, U+0131, U+4??;')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });
});

describe('font stylesheet', () => {
  const sheets: Map<string, string> = fontsCss();
  const css = [...sheets.values()].join('\n');

  it('keeps the CJK families apart, for documents with CJK text only', () => {
    const base = sheets.get('themes/fonts.css')!;
    const cjk = sheets.get('themes/fonts-cjk.css')!;
    for (const family of ['SC', 'TC', 'JP', 'KR']) {
      expect(cjk).toContain(`font-family: 'Noto Sans ${family}'`);
      expect(base).not.toContain(`font-family: 'Noto Sans ${family}'`);
    }
    expect(base).toContain("font-family: 'Noto Sans Arabic'");
  });

  it('has each script font, but only its own subsets and WOFF2 files', () => {
    for (const family of [
      'SC',
      'TC',
      'JP',
      'KR',
      'Devanagari',
      'Bengali',
      'Tamil',
      'Thai',
      'Arabic',
      'Hebrew',
      'Telugu',
      'Kannada',
      'Malayalam',
      'Gujarati',
      'Gurmukhi',
      'Oriya',
      'Sinhala',
    ])
      expect(css).toContain(`font-family: 'Noto Sans ${family}'`);
    expect(css).not.toMatch(/noto-sans-(sc|jp|devanagari|arabic)-(latin|latin-ext|cyrillic|vietnamese)-/);
    expect(css).toContain('noto-sans-sc-[4]-400-normal');
    expect(css).toContain('noto-sans-arabic-arabic-700-normal');
    expect(css).not.toMatch(/\.woff\)/);
  });

  it('loads every script face on demand only: each has a unicode-range', () => {
    const faces = css.split('@font-face').slice(1);
    const scriptFaces = faces.filter((face) => /Noto Sans (SC|TC|JP|KR|Devanagari|Arabic)'/.test(face));
    expect(scriptFaces.length).toBeGreaterThan(400);
    for (const face of scriptFaces) expect(face).toMatch(/unicode-range: U\+/);
  });
});
