import type { DocumentMetadata } from '../markdown/metadata.js';
import type { Provenance } from '../shared/provenance.js';
import type { LayoutEngine } from './layout-engine.js';
import type { DocumentLayout } from './layout-options.js';

// The running header and footer: templates turned into CSS `content` values.

export const DEFAULT_HEADER = '{title}';
export const DEFAULT_FOOTER = 'Page {page} of {pages}';

/**
 * With Chromium the running title is a custom property: Chromium neither clips nor ellipsizes a margin
 * box, so page-scripts/chromium-layout.js cuts a title too long for its line (see titleRoomText).
 */
export const TITLE_VAR = '--md-pdf-title';

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
