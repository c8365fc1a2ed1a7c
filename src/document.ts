import type { DocumentMetadata } from './markdown/metadata.js';
import type { PageSize, ThemeName } from './options.js';
import { BASE_STYLESHEETS } from './runtime-assets.js';

/** The origin our own files (Paged.js, themes, fonts) are served from; nothing of the workspace lives here. */
export const RUNTIME_ORIGIN = 'https://runtime.md-pdf.invalid';
/** The origin the workspace is served from; a document at `a/b.md` is loaded as `/a/b.md.html`. */
export const WORKSPACE_ORIGIN = 'https://workspace.md-pdf.invalid';

/** Everything needed to lay out one document, apart from the body itself. */
export interface DocumentLayout {
  theme: ThemeName;
  pageSize: PageSize;
  /** Running header template; `{title}` etc. (see pageMarginCss). Default: the title. */
  header?: string;
  /** Footer template. Default: `Page {page} of {pages}`. */
  footer?: string;
}

export const DEFAULT_HEADER = '{title}';
export const DEFAULT_FOOTER = 'Page {page} of {pages}';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

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
 * `{author}`/`{date}` fixed text from the metadata. Everything else is literal text.
 */
export function templateToCssContent(template: string, metadata: DocumentMetadata): string {
  const parts: string[] = [];
  const pattern = /\{(title|section|page|pages|author|date)\}/g;
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    if (match.index > last) parts.push(cssString(template.slice(last, match.index)));
    const name = match[1];
    if (name === 'title') parts.push('string(doc-title)');
    else if (name === 'section') parts.push('string(doc-section)');
    else if (name === 'page') parts.push('counter(page)');
    else if (name === 'pages') parts.push('counter(pages)');
    else parts.push(cssString((name === 'author' ? metadata.author : metadata.date) ?? ''));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(cssString(template.slice(last)));
  return parts.length ? parts.join(' ') : 'none';
}

/**
 * The page rules that depend on options and metadata: size, orientation, running header and footer.
 * The header is left off the first page, which carries the title block.
 */
export function pageCss(metadata: DocumentMetadata, layout: DocumentLayout): string {
  const size = `${layout.pageSize}${metadata.options.orientation === 'landscape' ? ' landscape' : ''}`;
  const header = templateToCssContent(layout.header ?? DEFAULT_HEADER, metadata);
  const footer = templateToCssContent(layout.footer ?? DEFAULT_FOOTER, metadata);
  return `@page { size: ${size}; @top-center { content: ${header}; } @bottom-center { content: ${footer}; } }
@page :first { @top-center { content: none; } }`;
}

/** The title block: the title and the labelled metadata lines (Author, Date, Project, …). */
export function titleBlockHtml(metadata: DocumentMetadata): string {
  const fields = metadata.fields
    .map(
      (f) => `<div class="doc-meta-row"><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`,
    )
    .join('');
  return (
    `<header class="title-block"><h1 class="doc-title">${escapeHtml(metadata.title)}</h1>` +
    (fields ? `<dl class="doc-meta">${fields}</dl>` : '') +
    `</header>`
  );
}

/**
 * The Content-Security-Policy every document carries: a second wall behind request interception (which
 * does not see every request, e.g. from workers). Scripts only from our runtime origin; images and fonts
 * from the workspace or the runtime; no frames, objects, forms or connections elsewhere.
 */
export function contentSecurityPolicy(allowRemoteImages: boolean): string {
  const images = `${WORKSPACE_ORIGIN} ${RUNTIME_ORIGIN} data:${allowRemoteImages ? ' https: http:' : ''}`;
  return [
    `default-src 'none'`,
    `script-src ${RUNTIME_ORIGIN}`,
    // Paged.js rewrites every stylesheet into inline <style> elements, so inline styles must be allowed.
    `style-src ${RUNTIME_ORIGIN} 'unsafe-inline'`,
    `font-src ${RUNTIME_ORIGIN} data:`,
    `img-src ${images}`,
    // Paged.js fetches the stylesheets it polyfills.
    `connect-src ${RUNTIME_ORIGIN}`,
    `frame-src 'none'`,
    `object-src 'none'`,
    `form-action 'none'`,
    `base-uri 'none'`,
  ].join('; ');
}

/**
 * Builds the complete HTML document for one Markdown file: title block, body, theme and page rules,
 * and the scripts that lay it out. Pure: the same input always gives the same string.
 */
export function renderDocument(
  bodyHtml: string,
  metadata: DocumentMetadata,
  layout: DocumentLayout,
  extra: { stylesheets?: readonly string[]; scripts?: readonly string[]; allowRemoteImages?: boolean } = {},
): string {
  const stylesheets = [
    ...BASE_STYLESHEETS,
    'themes/base.css',
    `themes/${layout.theme}/theme.css`,
    ...(extra.stylesheets ?? []),
  ];
  const links = stylesheets
    .map((href) => `<link rel="stylesheet" href="${RUNTIME_ORIGIN}/${href}">`)
    .join('\n');
  const scripts = ['page-scripts/paged-config.js', 'paged.polyfill.js', 'page-scripts/paged-handlers.js']
    .concat(extra.scripts ?? [])
    .map((src) => `<script src="${RUNTIME_ORIGIN}/${src}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(metadata.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(extra.allowRemoteImages ?? false))}">
<title>${escapeHtml(metadata.title)}</title>
<link rel="icon" href="data:,">
${links}
<style>${pageCss(metadata, layout)}</style>
${scripts}
</head>
<body class="theme-${layout.theme}">
${titleBlockHtml(metadata)}
<main class="doc-body">
${bodyHtml}
</main>
</body>
</html>
`;
}
