import { WORKSPACE_ORIGIN } from '../../src/shared/origins.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectHeadings, namespaceBody, parseBody, serializeBody } from '../../src/document/body-html.js';
import { parseCli } from '../../src/cli/run.js';
import { contentSecurityPolicy } from '../../src/document/content-security-policy.js';
import type { DocumentLayout } from '../../src/document/layout-options.js';
import { templateToCssContent } from '../../src/document/margin-text.js';
import { pageCss } from '../../src/document/page-css.js';
import { renderBook } from '../../src/document/render-book.js';
import type { BookChapter } from '../../src/document/render-book.js';
import { renderDocumentPage } from '../../src/document/render-document.js';
import type { DocumentMetadata } from '../../src/markdown/metadata.js';
import {
  parseMergePath,
  parseStylesheetPath,
  parseTemplate,
  parseTocDepth,
} from '../../src/engine/options.js';
import { bookMetadata, titleFromFileName } from '../../src/engine/book.js';
import { tempDir } from '../helpers/render.js';

function metadata(overrides: Partial<DocumentMetadata> = {}): DocumentMetadata {
  return {
    title: 'Quarterly Report',
    author: 'Jane Doe',
    date: '2025-03-31',
    keywords: [],
    fields: [{ key: 'author', label: 'Author', value: 'Jane Doe' }],
    options: {},
    titleFromHeading: true,
    ...overrides,
  };
}

const LAYOUT: DocumentLayout = { theme: 'report', pageSize: 'A4' };

const BODY = `<h2 id="1-introduction">1. Introduction <a href="https://example.com">link</a><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref>1</a></sup></h2>
<p>Text with <a href="#2-results">a link</a> and <img src="img/chart.png" alt="chart"></p>
<h3 id="details">Details with <code>code</code></h3>
<blockquote><h2 id="quoted">Quoted heading</h2></blockquote>
<h2 id="2-results">2. Results</h2>
<h4 id="deep">Deep</h4>
<section data-footnotes class="footnotes"><h2 id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1"><p>Note <a href="#user-content-fnref-1" aria-label="Back">↩</a></p></li></ol></section>`;

describe('headings of the body', () => {
  it('lists structural headings down to the depth, without links, ids or footnote marks', () => {
    const headings = collectHeadings(parseBody(BODY), 3);
    expect(headings.map((h) => [h.level, h.id, h.text])).toEqual([
      [2, '1-introduction', '1. Introduction link'],
      [3, 'details', 'Details with code'],
      [2, '2-results', '2. Results'],
    ]);
    expect(headings[0]!.html).toBe('1. Introduction link');
    expect(headings[1]!.html).toBe('Details with <code>code</code>');
    expect(collectHeadings(parseBody(BODY), 2).map((h) => h.id)).toEqual(['1-introduction', '2-results']);
  });

  it('namespaces ids and in-document references, and resolves relative URLs against the document', () => {
    const tree = namespaceBody(parseBody(BODY), 'c2-', `${WORKSPACE_ORIGIN}/reports/q1.md.html`);
    const html = serializeBody(tree);
    expect(html).toContain('id="c2-1-introduction"');
    expect(html).toContain('href="#c2-2-results"');
    expect(html).toContain('href="#c2-user-content-fn-1" id="c2-user-content-fnref-1"');
    expect(html).toContain(`src="${WORKSPACE_ORIGIN}/reports/img/chart.png"`);
    expect(html).toContain('href="https://example.com/"');
    expect(html).not.toMatch(/id="(1-introduction|details|2-results)"/);
  });
});

describe('renderDocumentPage', () => {
  it('adds a Contents list with a link per heading when asked, and front matter wins over the run', () => {
    const withToc = renderDocumentPage(BODY, metadata(), { ...LAYOUT, toc: true, tocDepth: 3 }).html;
    expect(withToc).toContain('<nav class="toc"');
    expect(withToc).toContain('<a class="toc-link" href="#1-introduction">');
    expect(withToc).toContain('<li class="toc-entry toc-level-3"><a class="toc-link" href="#details">');
    expect(withToc).not.toContain('href="#quoted"');
    expect(withToc.indexOf('class="toc"')).toBeGreaterThan(withToc.indexOf('class="title-block"'));
    expect(withToc.indexOf('class="toc"')).toBeLessThan(withToc.indexOf('<main'));

    const offByDocument = renderDocumentPage(BODY, metadata({ options: { toc: false } }), {
      ...LAYOUT,
      toc: true,
    }).html;
    expect(offByDocument).not.toContain('class="toc"');
    const onByDocument = renderDocumentPage(
      BODY,
      metadata({ options: { toc: true, tocDepth: 2 } }),
      LAYOUT,
    ).html;
    expect(onByDocument).toContain('class="toc"');
    expect(onByDocument).not.toContain('href="#details"');
  });

  it('puts a cover page in place of the title block', () => {
    const html = renderDocumentPage(BODY, metadata({ subject: 'Q1 numbers' }), {
      ...LAYOUT,
      cover: true,
    }).html;
    expect(html).toContain('<section class="cover">');
    expect(html).toContain('<p class="cover-subtitle">Q1 numbers</p>');
    expect(html).not.toContain('class="title-block"');
    expect(
      renderDocumentPage(BODY, metadata({ options: { cover: false } }), { ...LAYOUT, cover: true }).html,
    ).toContain('class="title-block"');
  });

  it('links the user stylesheet last and allows exactly its URL', () => {
    const html = renderDocumentPage(BODY, metadata(), {
      ...LAYOUT,
      userStylesheet: "styles/brand (v2)'.css",
    }).html;
    const url = `${WORKSPACE_ORIGIN}/styles/brand%20%28v2%29%27.css`;
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.at(-1)).toBe(url);
    expect(links.indexOf(url)).toBeGreaterThan(
      links.findIndex((l) => l!.endsWith('themes/report/theme.css')),
    );
    const csp = contentSecurityPolicy(false, "styles/brand (v2)'.css");
    expect(csp).toContain(`style-src https://runtime.md-pdf.invalid 'unsafe-inline' ${url};`);
    expect(csp).toContain(`connect-src https://runtime.md-pdf.invalid ${url};`);
    expect(csp).not.toMatch(
      /(style|connect)-src[^;]*\s(https:|\*|'self'|https:\/\/workspace\.md-pdf\.invalid)[\s;]/,
    );
    expect(contentSecurityPolicy(false)).not.toContain(WORKSPACE_ORIGIN + '/');
  });

  it('escapes document text everywhere it goes', () => {
    const html = renderDocumentPage('<p>x</p>', metadata({ title: '</title><script>alert(1)</script>' }), {
      ...LAYOUT,
      cover: true,
      toc: true,
    }).html;
    expect(html).not.toContain('<script>alert');
  });
});

describe('a title taken from a heading that stays in the body', () => {
  const inBody = metadata({ title: 'Restart the pool', titleInBody: true, titleFromHeading: false });

  it('prints no title above the body, only the labelled lines', () => {
    const html = renderDocumentPage('<h2 id="restart-the-pool">Restart the pool</h2>', inBody, LAYOUT).html;
    expect(html).not.toContain('class="doc-title"');
    expect(html).toContain('<header class="title-block"><dl class="doc-meta">');
    expect(html).toContain('<title>Restart the pool</title>');
    const bare = renderDocumentPage('<p>x</p>', { ...inBody, fields: [] }, LAYOUT).html;
    expect(bare).not.toContain('class="title-block"');
  });

  it('runs the title as fixed text in the header, since no printed title sets the named string', () => {
    expect(templateToCssContent('{title}', inBody, 'pagedjs')).toBe('"Restart the pool"');
    expect(templateToCssContent('{title}', inBody, 'chromium')).toBe('var(--md-pdf-title)');
  });

  it('keeps the contents as they were: the heading that names the document is listed like any other', () => {
    const body = '<h2 id="restart-the-pool">Restart the pool</h2><p>x</p><h2 id="check">Check</h2>';
    const contents = (page: string) => page.match(/<nav class="toc"[\s\S]*?<\/nav>/)?.[0];
    const fromHeading = contents(renderDocumentPage(body, inBody, { ...LAYOUT, toc: true }).html);
    const given = contents(
      renderDocumentPage(body, metadata({ title: 'Runbook' }), { ...LAYOUT, toc: true }).html,
    );
    expect(fromHeading).toContain('href="#restart-the-pool"><span class="toc-text">Restart the pool</span>');
    expect(fromHeading).toContain('href="#check"');
    expect(fromHeading).toBe(given);
  });

  it('prints no file name on a cover either', () => {
    const cover = { ...inBody, title: 'notes', titleFromFileName: true, options: { cover: true } };
    const html = renderDocumentPage('<p>x</p>', cover, LAYOUT).html;
    expect(html).toContain('<section class="cover">');
    expect(html).not.toContain('cover-title');
  });

  it('still labels the chapter in a book', () => {
    const html = renderBook(
      [
        {
          source: 'r.md',
          documentUrl: `${WORKSPACE_ORIGIN}/r.md.html`,
          bodyHtml: '<p>x</p>',
          metadata: inBody,
          extra: {},
        },
      ],
      metadata({ title: 'Book' }),
      LAYOUT,
    );
    expect(html).toContain('<h1 class="doc-title" id="md-pdf.title.1">Restart the pool</h1>');
  });
});

describe('page rules', () => {
  it('turns templates into margin-box content; none leaves the box empty', () => {
    const meta = metadata();
    expect(templateToCssContent('{title} — {page}/{pages}', meta)).toBe(
      'string(doc-title) " \\2014  " counter(page) "\\2f " counter(pages)',
    );
    expect(templateToCssContent('By {author} on {date}, {section}', meta)).toBe(
      '"By " "Jane Doe" " on " "2025\\2d 03\\2d 31" "\\2c  " string(doc-section)',
    );
    expect(templateToCssContent('none', meta)).toBe('none');
    expect(templateToCssContent('', meta)).toBe('none');
  });

  it('uses the templates of the layout, the defaults otherwise, and turns the page for landscape', () => {
    const css = pageCss(metadata({ options: { orientation: 'landscape' } }), {
      ...LAYOUT,
      header: '{section}',
      footer: 'none',
    });
    expect(css).toContain('@page { size: 297mm 210mm; @top-center { content: string(doc-section); }');
    expect(css).toContain('@bottom-center { content: none; }');
    expect(pageCss(metadata(), { ...LAYOUT, pageSize: 'Letter' })).toContain(
      '@page { size: 8.5in 11in; @top-center { content: string(doc-title); } @bottom-center { content: "Page " counter(page) " of " counter(pages); } }',
    );
  });
});

describe('renderBook', () => {
  const chapter = (source: string, body: string, meta: Partial<DocumentMetadata> = {}): BookChapter => ({
    source,
    documentUrl: `${WORKSPACE_ORIGIN}/${source}.html`,
    bodyHtml: body,
    metadata: metadata(meta),
    extra: { stylesheets: ['katex/katex.min.css'], scripts: [] },
  });

  it('has a cover, a combined contents, and each document namespaced in its own chapter', () => {
    const chapters = [
      chapter('a.md', BODY, { title: 'Report A' }),
      chapter('sub/b.md', '<h2 id="1-introduction">Intro B</h2><h1 id="part">Part</h1>', {
        title: 'Report B',
        options: { orientation: 'landscape' },
      }),
    ];
    const html = renderBook(
      chapters,
      bookMetadata(chapters, 'Handbook', new Date('2025-04-01T00:00:00Z')),
      LAYOUT,
    );
    expect(html).toContain('<p class="doc-title cover-title" id="md-pdf.title">Handbook</p>');
    expect(html).toContain('<p class="toc-title"');
    expect(html).toContain(
      '<a class="toc-link" href="#md-pdf.title.1"><span class="toc-text">Report A</span>',
    );
    expect(html).toContain('href="#c1-1-introduction"');
    expect(html).toContain('<h1 class="doc-title" id="md-pdf.title.2">Report B</h1>');
    // A document's own H1 sections sit under its title: one h1 per chapter.
    expect(html).toContain('<h3 id="c2-1-introduction">Intro B</h3><h2 id="c2-part">Part</h2>');
    expect(html).toContain('<li class="toc-entry toc-level-2"><a class="toc-link" href="#c2-part">');
    expect(html).not.toContain('href="#c2-1-introduction"');
    expect(html).toContain('<section class="chapter chapter-landscape" data-source="sub/b.md">');
    expect(html.match(/katex\.min\.css/g)).toHaveLength(1);
    // The book's own pages are portrait even when a chapter turns its pages.
    expect(html).toContain('@page { size: 210mm 297mm;');
  });

  it('takes the authors the documents share and the run date', () => {
    const chapters = [chapter('a.md', ''), chapter('b.md', '')];
    const meta = bookMetadata(chapters, 'Handbook', new Date('2025-04-01T10:00:00Z'));
    expect(meta.author).toBe('Jane Doe');
    expect(meta.date).toBe('2025-04-01');
    const mixed = bookMetadata(
      [chapter('a.md', ''), chapter('b.md', '', { author: 'Max' })],
      'H',
      new Date(),
    );
    expect(mixed.author).toBeUndefined();
    expect(titleFromFileName('/x/engineering-reports.pdf')).toBe('Engineering reports');
  });
});

describe('document options', () => {
  it('parses and checks toc-depth, templates, css and merge', () => {
    expect(parseTocDepth('3', 'toc-depth')).toBe(3);
    expect(() => parseTocDepth('4', 'toc-depth')).toThrow(/toc-depth must be 2/);
    expect(parseTemplate(' {title} ', 'header')).toBe('{title}');
    expect(() => parseTemplate('a\nb', 'footer')).toThrow(/footer must be one line/);

    const workspace = tempDir('options');
    fs.mkdirSync(path.join(workspace, 'styles'));
    fs.writeFileSync(path.join(workspace, 'styles', 'brand.css'), 'h2 { color: red }');
    expect(parseStylesheetPath('styles/brand.css', workspace, 'css')).toBe('styles/brand.css');
    expect(() => parseStylesheetPath('../outside.css', workspace, 'css')).toThrow(
      /css must be a file inside/,
    );
    expect(() => parseStylesheetPath('styles/missing.css', workspace, 'css')).toThrow(/css: no such file/);
    expect(() => parseStylesheetPath('styles', workspace, 'css')).toThrow(/no such file/);
    const outside = tempDir('outside');
    fs.writeFileSync(path.join(outside, 'evil.css'), '');
    fs.symlinkSync(path.join(outside, 'evil.css'), path.join(workspace, 'styles', 'link.css'));
    expect(() => parseStylesheetPath('styles/link.css', workspace, 'css')).toThrow(
      /symlink to a file outside/,
    );

    const out = path.join(workspace, 'pdf');
    expect(parseMergePath('book', out, 'merge')).toBe(path.join(out, 'book.pdf'));
    expect(parseMergePath('all/Book.PDF', out, 'merge')).toBe(path.join(out, 'all', 'Book.PDF'));
    expect(() => parseMergePath('../book.pdf', out, 'merge')).toThrow(/merge must be a PDF file name inside/);
  });

  it('reads the new CLI flags', () => {
    const workspace = tempDir('cli');
    fs.writeFileSync(path.join(workspace, 'my.css'), '');
    const { options } = parseCli(
      [
        '--toc',
        '--toc-depth',
        '3',
        '--cover',
        '--header',
        '{section}',
        '--footer',
        'none',
        '--css',
        'my.css',
        '--merge',
        'book',
        '--merge-title',
        'Handbook',
      ],
      workspace,
    );
    expect(options).toMatchObject({
      toc: true,
      tocDepth: 3,
      cover: true,
      header: '{section}',
      footer: 'none',
      css: 'my.css',
      merge: path.join(workspace, 'pdf', 'book.pdf'),
      mergeTitle: 'Handbook',
    });
    expect(parseCli([], workspace).options).toMatchObject({ toc: false, tocDepth: 2, cover: false });
  });
});
