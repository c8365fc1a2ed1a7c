import { escapeHtml } from '../shared/format.js';
import type { BodyHeading } from './body-html.js';

/** Heading of the table of contents. */
const CONTENTS_TITLE = 'Contents';
/** Our ids contain a dot, which no GitHub slug or sanitized user id has (see title-block.ts TITLE_ID). */
const CONTENTS_ID = 'md-pdf.contents';

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

/** Contents entries for a body's headings (collectHeadings has already applied the depth). */
export function headingEntries(headings: readonly BodyHeading[]): TocEntry[] {
  return headings.map((h) => ({ level: h.level, target: h.id, html: h.html }));
}
