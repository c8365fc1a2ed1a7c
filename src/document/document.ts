import type { DocumentSwap } from '../shared/page-contract.js';
import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../shared/origins.js';
import type { PageSize, ThemeName, TocDepth } from './page-settings.js';
import type { BodyHeading, ChapterTree } from './body-html.js';
import {
  collectHeadings,
  demoteHeadings,
  linkChapters,
  namespaceBody,
  parseBody,
  serializeBody,
} from './body-html.js';
import { escapeHtml } from '../shared/format.js';
import type { DocumentMetadata } from '../markdown/metadata.js';
import { layoutEngineFor } from './layout-engine.js';
import type { LayoutEngine, LayoutEngineChoice } from './layout-engine.js';
import type { Provenance } from '../shared/provenance.js';
import { CJK_FONTS_STYLESHEET, FONTS_STYLESHEET } from '../shared/runtime-assets.js';

/** Everything needed to lay out one document, apart from the body itself. Set by the run's options. */
export interface DocumentLayout {
  theme: ThemeName;
  pageSize: PageSize;
  /** Running header template; `{title}` etc. (see templateToCssContent). Default: the title. */
  header?: string;
  /** Footer template. Default: `Page {page} of {pages}`. */
  footer?: string;
  /** A "Contents" page; a document's front matter `toc` wins. */
  toc?: boolean;
  /** Deepest heading level in the contents; front matter `toc-depth` wins. */
  tocDepth?: TocDepth;
  /** A title page instead of the title block; front matter `cover` wins. */
  cover?: boolean;
  /** Workspace-relative path of the user's stylesheet, linked after every stylesheet of ours. */
  userStylesheet?: string;
  /** Text of a user stylesheet from outside the workspace: embedded after ours instead of linked. */
  userStylesheetText?: string;
  /** The user's stylesheet uses paged-media CSS that only Paged.js implements (layout-engine.ts). */
  userStylesheetNeedsPagedJs?: boolean;
  /** `auto` (default): Chromium paginates unless the document needs Paged.js (layout-engine.ts). */
  engine?: LayoutEngineChoice;
  /** Values of `{sha}`, `{ref}`, `{run}`. */
  provenance?: Provenance;
  /** Light diagonal text on every page, behind the content. */
  watermark?: string;
}

/** Stylesheets, scripts and network rules one document needs beyond the theme. */
export interface DocumentExtras {
  /** Runtime-origin paths of extra stylesheets (e.g. KaTeX), after the theme. */
  stylesheets?: readonly string[];
  /** Runtime-origin paths of extra scripts (e.g. Mermaid), after Paged.js. */
  scripts?: readonly string[];
  allowRemoteImages?: boolean;
}

export const DEFAULT_HEADER = '{title}';
export const DEFAULT_FOOTER = 'Page {page} of {pages}';
/** Heading of the table of contents. */
export const CONTENTS_TITLE = 'Contents';

/*
 * Ids we put in a page never collide with the document's own: GitHub slugs and sanitized user ids contain
 * no dot, ours all do.
 */
const TITLE_ID = 'md-pdf.title';
const CONTENTS_ID = 'md-pdf.contents';

export { escapeHtml };

/**
 * Quotes text as a CSS string. Everything but letters, digits and spaces is hex-escaped, so document text
 * (a title, an author) can never close the string or the rule it is put in.
 */
export function cssString(text: string): string {
  return (
    '"' +
    [...text].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('') +
    '"'
  );
}

/**
 * Turns a header/footer template into a CSS `content` value. Placeholders:
 * `{title}` and `{section}` (the current H2) are Paged.js named strings, `{page}`/`{pages}` counters,
 * `{author}`/`{date}` fixed text from the metadata. Everything else is literal text. `none` (or an empty
 * template) leaves the margin empty. Chromium has no named strings: there the title is fixed text (it is
 * the same text), and a `{section}` template is always laid out by Paged.js (layout-engine.ts).
 */
export function templateToCssContent(
  template: string,
  metadata: DocumentMetadata,
  engine: LayoutEngine = 'pagedjs',
  provenance: Provenance = {},
): string {
  if (template.trim().toLowerCase() === 'none') return 'none';
  const parts: string[] = [];
  const pattern = /\{(title|section|page|pages|author|date|sha|ref|run)\}/g;
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    if (match.index > last) parts.push(cssString(template.slice(last, match.index)));
    const name = match[1];
    if (name === 'title') parts.push(runningTitle(metadata, engine));
    else if (name === 'section') parts.push('string(doc-section)');
    else if (name === 'page') parts.push('counter(page)');
    else if (name === 'pages') parts.push('counter(pages)');
    else parts.push(cssString(fixedPlaceholder(name!, metadata, provenance)));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(cssString(template.slice(last)));
  return parts.length ? parts.join(' ') : 'none';
}

/**
 * The running title: Paged.js takes it from the printed title (a named string, so each chapter of a book
 * has its own); a title that is not printed (titleInBody) is fixed text. Chromium has no named strings.
 */
function runningTitle(metadata: DocumentMetadata, engine: LayoutEngine): string {
  if (engine !== 'pagedjs') return `var(${TITLE_VAR})`;
  return metadata.titleInBody ? cssString(metadata.title) : 'string(doc-title)';
}

/** The text of a placeholder that is the same on every page (`{author}`, `{date}`, `{sha}`, `{ref}`, `{run}`). */
function fixedPlaceholder(name: string, metadata: DocumentMetadata, provenance: Provenance): string {
  if (name === 'author') return metadata.author ?? '';
  if (name === 'date') return metadata.date ?? '';
  if (name === 'sha' || name === 'ref' || name === 'run') return provenance[name] ?? '';
  return '';
}

/**
 * The watermark: fixed, so Chromium prints it on every page and Paged.js (position-fixed.js) copies it to
 * the top of every page box; z-index -1 paints it under the text, which stays readable and extractable.
 */
const WATERMARK_CSS = `.md-pdf-watermark { position: fixed; top: 50%; left: 50%; z-index: -1; \
transform: translate(-50%, -50%) rotate(-45deg); white-space: nowrap; pointer-events: none; \
font: 700 80pt/1 Inter, sans-serif; letter-spacing: 0.08em; color: rgb(0 0 0 / 0.12); }
`;

/** The watermark's element, first in the body (see WATERMARK_CSS). */
export function watermarkHtml(text: string | undefined): string {
  return text ? `<div class="md-pdf-watermark" aria-hidden="true">${escapeHtml(text)}</div>` : '';
}

/** Sheet sizes, portrait, as CSS lengths. */
const SHEET_SIZES: Record<PageSize, readonly [string, string]> = {
  A4: ['210mm', '297mm'],
  Letter: ['8.5in', '11in'],
};

/**
 * Paged.js 0.4 gives a named page's page box the named size but keeps its sheet at the root size, so a
 * landscape chapter in a portrait book would be cut. Sizing the sheet too (its `--pagedjs-width*` and
 * `--pagedjs-height*`) lays it out landscape; paged-handlers.js then gives it a print page of that size.
 */
function landscapeSheetCss(pageSize: PageSize): string {
  const [short, long] = SHEET_SIZES[pageSize];
  const vars = ['', '-left', '-right']
    .map((side) => `--pagedjs-width${side}: ${long}; --pagedjs-height${side}: ${short};`)
    .join(' ');
  return `.pagedjs_page.pagedjs_landscape_page { ${vars} }`;
}

/**
 * The CSS page size as two lengths (`297mm 210mm`): Paged.js looks size names up case-sensitively and
 * knows `A4` but not `Letter`, and then silently falls back to a portrait US Letter.
 */
function pageSizeCss(pageSize: PageSize, orientation: 'portrait' | 'landscape' | undefined): string {
  const [short, long] = SHEET_SIZES[pageSize];
  return orientation === 'landscape' ? `${long} ${short}` : `${short} ${long}`;
}

/**
 * With Chromium the running title is a custom property: Chromium neither clips nor ellipsizes a margin
 * box, so page-scripts/chromium-layout.js cuts a title too long for its line (see titleRoomText).
 */
const TITLE_VAR = '--md-pdf-title';

/**
 * The text that shares a line with the title in the header or footer (the longer, if both show it), with
 * page numbers as three digits: chromium-layout.js cuts the title until title and this text fit.
 * Undefined when neither shows the title.
 */
export function titleRoomText(layout: DocumentLayout, metadata: DocumentMetadata): string | undefined {
  const others = [layout.header || DEFAULT_HEADER, layout.footer || DEFAULT_FOOTER]
    .filter((template) => template.includes('{title}') && template.trim().toLowerCase() !== 'none')
    .map((template) =>
      template.replace(/\{(title|section|page|pages|author|date|sha|ref|run)\}/g, (_, name: string) =>
        name === 'page' || name === 'pages'
          ? '000'
          : fixedPlaceholder(name, metadata, layout.provenance ?? {}),
      ),
    );
  return others.length ? others.reduce((a, b) => (b.length > a.length ? b : a)) : undefined;
}

/**
 * The page rules that depend on options and metadata: size, orientation, running header and footer.
 * The header is left off the first page, which carries the title block; a cover page has neither.
 * `landscape` is a named page for book chapters that turn the page while the book does not.
 */
export function pageCss(
  metadata: DocumentMetadata,
  layout: DocumentLayout,
  engine: LayoutEngine = 'pagedjs',
): string {
  const size = pageSizeCss(layout.pageSize, metadata.options.orientation);
  const header = templateToCssContent(layout.header || DEFAULT_HEADER, metadata, engine, layout.provenance);
  const footer = templateToCssContent(layout.footer || DEFAULT_FOOTER, metadata, engine, layout.provenance);
  return `${layout.watermark ? WATERMARK_CSS : ''}@page { size: ${size}; @top-center { content: ${header}; } @bottom-center { content: ${footer}; } }
@page :first { @top-center { content: none; } }
@page cover { @top-center { content: none; } @bottom-center { content: none; } }
@page landscape { size: ${pageSizeCss(layout.pageSize, 'landscape')}; }
${engine === 'pagedjs' ? landscapeSheetCss(layout.pageSize) : `:root { ${TITLE_VAR}: ${cssString(metadata.title)}; }`}`;
}

function metaRows(metadata: DocumentMetadata): string {
  return metadata.fields
    .map(
      (f) => `<div class="doc-meta-row"><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`,
    )
    .join('');
}

/**
 * The title block: the title and the labelled metadata lines (Author, Date, Project, …). A title that is
 * not printed (titleInBody) leaves the lines alone, or nothing at all.
 */
export function titleBlockHtml(metadata: DocumentMetadata, id = TITLE_ID): string {
  const fields = metaRows(metadata);
  if (metadata.titleInBody)
    return fields ? `<header class="title-block"><dl class="doc-meta">${fields}</dl></header>` : '';
  return (
    `<header class="title-block"><h1 class="doc-title" id="${escapeHtml(id)}">${escapeHtml(metadata.title)}</h1>` +
    (fields ? `<dl class="doc-meta">${fields}</dl>` : '') +
    `</header>`
  );
}

/**
 * A title page from the metadata: title, subject as subtitle, and the labelled fields. In a book the
 * title is not a heading, so the bookmarks start with the documents.
 */
export function coverHtml(metadata: DocumentMetadata, options: { titleTag?: 'h1' | 'p' } = {}): string {
  const tag = options.titleTag ?? 'h1';
  const fields = metaRows(metadata);
  return (
    `<section class="cover"><div class="cover-main">` +
    // A file name is never printed as a title, not even on a cover.
    (metadata.titleFromFileName
      ? ''
      : `<${tag} class="doc-title cover-title" id="${TITLE_ID}">${escapeHtml(metadata.title)}</${tag}>`) +
    (metadata.subject ? `<p class="cover-subtitle">${escapeHtml(metadata.subject)}</p>` : '') +
    `</div>` +
    (fields ? `<dl class="doc-meta cover-meta">${fields}</dl>` : '') +
    `</section>`
  );
}

/** One line of a table of contents. */
export interface TocEntry {
  /** 1 for a book's documents; 1–3 for headings. */
  level: number;
  /** Id of the target (without `#`). */
  target: string;
  /** Inline HTML of the entry (already safe: escaped text or sanitized heading content). */
  html: string;
}

/**
 * The "Contents" list: each entry a link to its heading, a dot leader and the page number. The numbers are
 * filled in by page-scripts/paged-handlers.js once Paged.js has placed every heading (a target-counter()
 * would do the same, but Paged.js cannot look up ids that start with a digit, such as `1-introduction`).
 */
export function tocHtml(entries: readonly TocEntry[], options: { titleTag?: 'h2' | 'p' } = {}): string {
  const tag = options.titleTag ?? 'h2';
  const items = entries
    .map(
      (e) =>
        `<li class="toc-entry toc-level-${e.level}"><a class="toc-link" href="#${escapeHtml(e.target)}">` +
        `<span class="toc-text">${e.html}</span><span class="toc-leader" aria-hidden="true"></span>` +
        `<span class="toc-page"></span></a></li>`,
    )
    .join('\n');
  return (
    `<nav class="toc" role="doc-toc" aria-labelledby="${CONTENTS_ID}">` +
    `<${tag} class="toc-title" id="${CONTENTS_ID}">${CONTENTS_TITLE}</${tag}>` +
    `<ol class="toc-list">\n${items}\n</ol></nav>`
  );
}

/** Contents entries for a body's headings, down to `depth`. */
export function headingEntries(headings: readonly BodyHeading[]): TocEntry[] {
  return headings.map((h) => ({ level: h.level, target: h.id, html: h.html }));
}

/** Percent-encodes every character that is not plainly safe in a URL path segment or a CSP source. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A stylesheet from outside the workspace, as a `<style>` element: the CSP allows inline styles (Paged.js
 * needs them), and a `</style` in the text cannot end the element early.
 */
function embeddedStylesheet(text: string): string {
  return `<style id="md-pdf.user-css">${text.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
}

/** The URL the user's stylesheet is served at, from the workspace origin. */
export function userStylesheetUrl(relativePath: string): string {
  return `${WORKSPACE_ORIGIN}/${relativePath.split('/').map(encodePathSegment).join('/')}`;
}

/**
 * The Content-Security-Policy every document carries: a second wall behind request interception (which
 * does not see every request, e.g. from workers). Scripts only from our runtime origin; images and fonts
 * from the workspace or the runtime; no frames, objects, forms or connections elsewhere. The user's
 * stylesheet, when there is one, is allowed by its exact URL and nothing around it.
 */
export function contentSecurityPolicy(allowRemoteImages: boolean, userStylesheet?: string): string {
  const images = `${WORKSPACE_ORIGIN} ${RUNTIME_ORIGIN} data:${allowRemoteImages ? ' https: http:' : ''}`;
  const userCss = userStylesheet ? ` ${userStylesheetUrl(userStylesheet)}` : '';
  return [
    `default-src 'none'`,
    `script-src ${RUNTIME_ORIGIN}`,
    // Paged.js rewrites every stylesheet into inline <style> elements, so inline styles must be allowed.
    `style-src ${RUNTIME_ORIGIN} 'unsafe-inline'${userCss}`,
    `font-src ${RUNTIME_ORIGIN} data:`,
    `img-src ${images}`,
    // Paged.js fetches the stylesheets it polyfills.
    `connect-src ${RUNTIME_ORIGIN}${userCss}`,
    `frame-src 'none'`,
    `object-src 'none'`,
    `form-action 'none'`,
    `base-uri 'none'`,
  ].join('; ');
}

/** Runtime-origin stylesheets of a page, in cascade order: fonts, base, components, theme, extras. */
function runtimeStylesheets(theme: ThemeName, extra: readonly string[]): string[] {
  const stylesheets = [
    FONTS_STYLESHEET,
    'themes/base.css',
    // Alerts, code, math, diagrams, images: shared by every theme, which may restyle them.
    'themes/components.css',
    `themes/${theme}/theme.css`,
    ...extra,
  ];
  return [...new Set(stylesheets)];
}

/**
 * Whether Paged.js must polyfill a stylesheet. Font faces and KaTeX's CSS have no page rules, named
 * strings or breaks, so the browser applies them natively: Paged.js would otherwise fetch and re-parse
 * (in JavaScript) a few hundred @font-face rules for every document.
 */
export function polyfilledByPagedJs(runtimePath: string): boolean {
  return (
    runtimePath !== FONTS_STYLESHEET &&
    runtimePath !== CJK_FONTS_STYLESHEET &&
    !runtimePath.startsWith('katex/')
  );
}

/** One runtime stylesheet link, marked for the engine that lays the page out. */
function runtimeStylesheetLink(href: string, engine: LayoutEngine): string {
  const url = `${RUNTIME_ORIGIN}/${href}`;
  // chromium-layout.js reads the @page rules to size the screen like the page: CORS lets it. The
  // Paged.js mark stays on for tools that run Paged.js over the kept HTML (the bench's peers).
  const cors = engine === 'chromium' ? ' crossorigin' : '';
  const ignored = polyfilledByPagedJs(href) ? '' : ' data-pagedjs-ignore';
  return `<link rel="stylesheet" href="${url}"${cors}${ignored}>`;
}

/**
 * The scripts of a page: the shared state and the glyph check first, then either Chromium's layout step or Paged.js between
 * our config and our handlers, then the extras.
 */
function runtimeScripts(engine: LayoutEngine, extra: readonly string[]): string[] {
  const layout =
    engine === 'chromium'
      ? ['page-scripts/chromium-layout.js']
      : ['page-scripts/paged-config.js', 'paged.polyfill.js', 'page-scripts/paged-handlers.js'];
  return [...new Set(['page-scripts/common.js', 'page-scripts/glyph-check.js', ...layout, ...extra])];
}

/** The page as HTML, and, when it can be shown in an already loaded page, as a swap. */
export interface RenderedDocument {
  html: string;
  swap?: DocumentSwap;
}

/**
 * Page scripts that lay out a swapped-in document as well as a loaded one. Mermaid keeps state between
 * diagrams it draws, so a document with diagrams always gets a fresh page.
 */
const SWAP_SAFE_SCRIPTS = new Set(['page-scripts/image-placeholders.js']);

/** Assembles a complete HTML page around already-built body content. */
function htmlPage(page: {
  engine: LayoutEngine;
  lang: string;
  dir?: 'ltr' | 'rtl';
  title: string;
  layout: DocumentLayout;
  metadata: DocumentMetadata;
  stylesheets: readonly string[];
  scripts: readonly string[];
  allowRemoteImages: boolean;
  bodyClasses: readonly string[];
  content: string;
}): RenderedDocument {
  const links = runtimeStylesheets(page.layout.theme, page.stylesheets)
    .map((href) => runtimeStylesheetLink(href, page.engine))
    .concat(
      page.layout.userStylesheet
        ? [`<link rel="stylesheet" href="${escapeHtml(userStylesheetUrl(page.layout.userStylesheet))}">`]
        : [],
    )
    .concat(
      page.layout.userStylesheetText === undefined
        ? []
        : [embeddedStylesheet(page.layout.userStylesheetText)],
    )
    .join('\n');
  const scripts = runtimeScripts(page.engine, page.scripts)
    .map((src) => `<script src="${RUNTIME_ORIGIN}/${src}"></script>`)
    .join('\n');
  const csp = contentSecurityPolicy(page.allowRemoteImages, page.layout.userStylesheet);
  const titleRoom = page.engine === 'chromium' ? titleRoomText(page.layout, page.metadata) : undefined;
  const css = pageCss(page.metadata, page.layout, page.engine);
  const rtl = page.dir === 'rtl';
  const html = `<!doctype html>
<html lang="${escapeHtml(page.lang)}"${rtl ? ' dir="rtl"' : ''} data-layout-engine="${page.engine}"${titleRoom === undefined ? '' : ` data-title-room="${escapeHtml(titleRoom)}"`}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
${links}
<style id="md-pdf-page-rules">${css}</style>
${scripts}
</head>
<body class="${page.bodyClasses.join(' ')}">
${page.content}
</body>
</html>
`;
  const swappable =
    page.engine === 'chromium' && page.scripts.every((script) => SWAP_SAFE_SCRIPTS.has(script));
  if (!swappable) return { html };
  return {
    html,
    swap: {
      shell: `${csp}\n${links}\n${scripts}`,
      lang: page.lang,
      ...(rtl ? { dir: 'rtl' as const } : {}),
      title: page.title,
      titleRoom,
      pageCss: css,
      bodyClass: page.bodyClasses.join(' '),
      content: page.content,
    },
  };
}

/** The layout with the document's own choices (front matter) applied over the run's. */
function layoutForDocument(
  layout: DocumentLayout,
  metadata: DocumentMetadata,
): Required<Pick<DocumentLayout, 'toc' | 'tocDepth' | 'cover'>> {
  return {
    toc: metadata.options.toc ?? layout.toc ?? false,
    tocDepth: metadata.options.tocDepth ?? layout.tocDepth ?? 2,
    cover: metadata.options.cover ?? layout.cover ?? false,
  };
}

/**
 * Builds the complete HTML document for one Markdown file: cover or title block, contents, body, theme
 * and page rules, and the scripts that lay it out. Pure: the same input always gives the same string.
 */
export function renderDocument(
  bodyHtml: string,
  metadata: DocumentMetadata,
  layout: DocumentLayout,
  extra: DocumentExtras = {},
): string {
  return renderDocumentPage(bodyHtml, metadata, layout, extra).html;
}

/** renderDocument, plus the document as a swap into an already loaded page where it can be one. */
export function renderDocumentPage(
  bodyHtml: string,
  metadata: DocumentMetadata,
  layout: DocumentLayout,
  extra: DocumentExtras = {},
): RenderedDocument {
  const own = layoutForDocument(layout, metadata);
  const toc = own.toc ? headingEntries(collectHeadings(parseBody(bodyHtml), own.tocDepth)) : [];
  const content = [
    watermarkHtml(layout.watermark),
    own.cover ? coverHtml(metadata) : titleBlockHtml(metadata),
    toc.length ? tocHtml(toc) : '',
    `<main class="doc-body">\n${bodyHtml}\n</main>`,
  ].join('\n');
  return htmlPage({
    engine: layoutEngineFor({
      choice: layout.engine,
      toc: toc.length > 0,
      header: layout.header,
      footer: layout.footer,
      userCssNeedsPagedJs: layout.userStylesheetNeedsPagedJs,
    }),
    lang: metadata.lang ?? 'en',
    dir: metadata.dir,
    title: metadata.title,
    layout,
    metadata,
    stylesheets: extra.stylesheets ?? [],
    scripts: extra.scripts ?? [],
    allowRemoteImages: extra.allowRemoteImages ?? false,
    bodyClasses: [
      `theme-${layout.theme}`,
      ...(own.cover ? ['has-cover'] : []),
      ...(toc.length ? ['has-toc'] : []),
    ],
    content,
  });
}

/** One converted document, kept to be printed again as a chapter of the book. */
export interface BookChapter {
  /** Workspace-relative source path. */
  source: string;
  /** The URL the document was loaded from: its relative URLs resolve against it. */
  documentUrl: string;
  bodyHtml: string;
  metadata: DocumentMetadata;
  extra: DocumentExtras;
}

/**
 * The book: a cover, a combined contents (each document, with its H2s — and H3s at depth 3 — under it),
 * then every document in order, each starting on a new page with its title block. Ids are prefixed per
 * chapter (`c1-…`) and relative URLs made absolute, so the documents cannot collide in one page; a
 * document whose sections are H1s has its headings moved one level down, under its title.
 *
 * One combined HTML document, rather than concatenating the PDFs already printed: Paged.js then numbers
 * the pages once for the whole book, so "Page X of Y", the contents' page numbers and the viewer's page
 * numbers all agree, and contents links are ordinary in-document links. The price is laying the pages
 * out a second time.
 */
export function renderBook(
  chapters: readonly BookChapter[],
  book: DocumentMetadata,
  layout: DocumentLayout,
): string {
  const depth = layout.tocDepth ?? 2;
  const entries: TocEntry[] = [];
  const sections: string[] = [];
  const trees: ChapterTree[] = chapters.map((chapter, index) => {
    const prefix = `c${index + 1}-`;
    const tree = namespaceBody(parseBody(chapter.bodyHtml), prefix, chapter.documentUrl);
    return { source: chapter.source, prefix, tree, titleId: `${TITLE_ID}.${index + 1}` };
  });
  // Links between the book's documents jump inside the book.
  linkChapters(trees);
  chapters.forEach((chapter, index) => {
    const { tree, titleId } = trees[index]!;
    // Sections written as `#` move under the document's title (the only h1 of a chapter).
    demoteHeadings(tree);
    entries.push({ level: 1, target: titleId, html: escapeHtml(chapter.metadata.title) });
    entries.push(...headingEntries(collectHeadings(tree, depth)));
    const landscape = chapter.metadata.options.orientation === 'landscape';
    sections.push(
      `<section class="chapter${landscape ? ' chapter-landscape' : ''}"${chapter.metadata.dir ? ` dir="${chapter.metadata.dir}"` : ''} data-source="${escapeHtml(chapter.source)}">\n` +
        // A book labels every chapter (one bookmark and contents entry each), titleInBody or not.
        titleBlockHtml({ ...chapter.metadata, titleInBody: false }, titleId) +
        `\n<main class="doc-body">\n${serializeBody(tree)}\n</main>\n</section>`,
    );
  });
  const stylesheets = chapters.flatMap((c) => c.extra.stylesheets ?? []);
  const scripts = chapters.flatMap((c) => c.extra.scripts ?? []);
  // The book's own pages follow the book's size; a landscape chapter gets a named landscape page.
  const bookMeta: DocumentMetadata = { ...book, options: { ...book.options, orientation: undefined } };
  return htmlPage({
    // The book's contents page needs the page numbers only Paged.js knows before printing.
    engine: 'pagedjs',
    lang: book.lang ?? chapters.find((c) => c.metadata.lang)?.metadata.lang ?? 'en',
    dir: book.dir,
    title: book.title,
    layout,
    metadata: bookMeta,
    stylesheets,
    scripts,
    allowRemoteImages: chapters.some((c) => c.extra.allowRemoteImages),
    bodyClasses: [`theme-${layout.theme}`, 'book', 'has-cover', 'has-toc'],
    // Neither the book's title nor "Contents" is a heading: the bookmarks are the documents, one each.
    content: [
      watermarkHtml(layout.watermark),
      coverHtml(book, { titleTag: 'p' }),
      tocHtml(entries, { titleTag: 'p' }),
      ...sections,
    ].join('\n'),
  }).html;
}
