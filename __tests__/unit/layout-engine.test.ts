import { describe, expect, it } from 'vitest';
import type { DocumentLayout } from '../../src/document/layout-options.js';
import { cssString, templateToCssContent, titleRoomText } from '../../src/document/margin-text.js';
import { renderBook } from '../../src/document/render-book.js';
import { renderDocumentPage } from '../../src/document/render-document.js';
import { cssNeedsPagedJs, layoutEngineFor } from '../../src/document/layout-engine.js';
import type { DocumentMetadata } from '../../src/markdown/metadata.js';

const META: DocumentMetadata = {
  title: 'Outage: "db" <primary>',
  keywords: [],
  fields: [],
  options: {},
  titleFromHeading: true,
};
const LAYOUT: DocumentLayout = { theme: 'report', pageSize: 'A4' };
const BODY = '<h2 id="impact">Impact</h2><p>Text</p>';

const engineOf = (html: string) => /data-layout-engine="(\w+)"/.exec(html)?.[1];
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script src="[^"]*\/([^/"]+)"><\/script>/g)].map((m) => m[1]);

describe('choosing the layout engine', () => {
  it('lets Chromium paginate a plain report, with the title as header text the page may cut', () => {
    const html = renderDocumentPage(BODY, META, LAYOUT).html;
    expect(engineOf(html)).toBe('chromium');
    expect(scriptsOf(html)).toEqual(['common.js', 'glyph-check.js', 'chromium-layout.js']);
    expect(html).not.toContain('string(doc-title)');
    expect(templateToCssContent('{title}', META, 'chromium')).toBe('var(--md-pdf-title)');
    expect(html).toContain('@top-center { content: var(--md-pdf-title); }');
    expect(html).toContain(`--md-pdf-title: ${cssString(META.title)};`);
    // Nothing else shares the default header's line with the title.
    expect(html).toContain('data-title-room=""');
    // chromium-layout.js reads our @page rules: the stylesheets must be CORS-readable.
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]*themes\/base\.css" crossorigin>/);
  });

  it('uses Paged.js for a contents page, a running section title, or when asked', () => {
    for (const [layout, meta] of [
      [{ ...LAYOUT, toc: true }, META],
      [LAYOUT, { ...META, options: { toc: true } }],
      [{ ...LAYOUT, header: '{title} · {section}' }, META],
      [{ ...LAYOUT, footer: '{section}' }, META],
      [{ ...LAYOUT, engine: 'pagedjs' }, META],
      [{ ...LAYOUT, userStylesheet: 'print.css', userStylesheetNeedsPagedJs: true }, META],
    ] as const) {
      const html = renderDocumentPage(BODY, meta, layout).html;
      expect(engineOf(html)).toBe('pagedjs');
      expect(scriptsOf(html)).toEqual([
        'common.js',
        'glyph-check.js',
        'paged-config.js',
        'paged.polyfill.js',
        'paged-handlers.js',
      ]);
      expect(html).toContain('string(doc-title)');
    }
  });

  it('keeps a contents request without headings on Chromium: there are no page numbers to find', () => {
    expect(engineOf(renderDocumentPage('<p>No headings</p>', META, { ...LAYOUT, toc: true }).html)).toBe(
      'chromium',
    );
  });

  it('lays a book out with Paged.js (its contents has page numbers)', () => {
    const chapter = {
      source: 'a.md',
      documentUrl: 'https://workspace.md-pdf.invalid/a.md.html',
      bodyHtml: BODY,
      metadata: META,
      extra: {},
    };
    expect(engineOf(renderBook([chapter], META, LAYOUT))).toBe('pagedjs');
  });

  it('finds the paged-media CSS only Paged.js implements in a user stylesheet, not in comments', () => {
    for (const css of [
      'h2 { string-set: chapter content(text) }',
      '@page { @top-left { content: string(chapter) } }',
      'a::after { content: target-counter(attr(href), page) }',
      '.x { position: running(header) }',
      '@page :nth(2) { margin: 0 }',
      '@page :blank { @top-center { content: none } }',
      '.note { float: footnote }',
      '.note::footnote-call { color: red }',
      '@import url("more.css");',
      '.pagedjs_margin-top-center { font-size: 8pt }',
      '@page { marks: crop cross; bleed: 3mm }',
      'h1 { counter-reset: page 1 }',
    ]) {
      expect(cssNeedsPagedJs(css), css).toBe(true);
    }
    for (const css of [
      'body { color: #333 } @page { margin: 1in; @bottom-right { content: counter(page) } }',
      '/* string-set would need Paged.js */ h1 { color: red }',
      '.stringy { color: blue } .running-text { font-size: 9pt }',
      '.footnotes { font-size: 8pt } [data-footnote-ref] { color: gray }',
      'ol { counter-reset: item } .remarks { color: red }',
    ]) {
      expect(cssNeedsPagedJs(css), css).toBe(false);
    }
  });

  it('knows what text shares the line with a title that may need cutting', () => {
    const meta = { ...META, author: 'Jane Doe', date: '2025-03-31' };
    expect(titleRoomText(LAYOUT, meta)).toBe('');
    expect(titleRoomText({ ...LAYOUT, header: '{title} — {author}' }, meta)).toBe(' — Jane Doe');
    // The footer shows the title with more around it than the header: the longer one counts.
    expect(
      titleRoomText({ ...LAYOUT, header: '{title}', footer: '{title}, page {page} of {pages}' }, meta),
    ).toBe(', page 000 of 000');
    expect(titleRoomText({ ...LAYOUT, header: '{date}', footer: 'Page {page}' }, meta)).toBeUndefined();
    expect(titleRoomText({ ...LAYOUT, header: 'none' }, meta)).toBeUndefined();
  });

  it('decides from the options and what the document needs', () => {
    expect(layoutEngineFor({ toc: false, header: '{title}', footer: 'Page {page} of {pages}' })).toBe(
      'chromium',
    );
    expect(layoutEngineFor({ toc: false, header: '{author} {date}' })).toBe('chromium');
    expect(layoutEngineFor({ toc: true })).toBe('pagedjs');
    expect(layoutEngineFor({ toc: false, footer: 'In {section}' })).toBe('pagedjs');
    expect(layoutEngineFor({ toc: false, userCssNeedsPagedJs: true })).toBe('pagedjs');
    expect(layoutEngineFor({ toc: false, choice: 'pagedjs' })).toBe('pagedjs');
  });
});
