import type { DocumentMetadata } from '../markdown/metadata.js';
import { escapeHtml } from '../shared/format.js';

/*
 * Ids we put in a page never collide with the document's own: GitHub slugs and sanitized user ids contain
 * no dot, ours all do.
 */
export const TITLE_ID = 'md-pdf.title';

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
