import type { DocumentMetadata } from '../markdown/metadata.js';
import { escapeHtml } from '../shared/format.js';
import type { ChapterTree } from './body-html.js';
import {
  collectHeadings,
  demoteHeadings,
  linkChapters,
  namespaceBody,
  parseBody,
  serializeBody,
} from './body-html.js';
import { headingEntries, tocHtml } from './contents.js';
import type { TocEntry } from './contents.js';
import { htmlPage } from './html-page.js';
import type { DocumentExtras, DocumentLayout } from './layout-options.js';
import { coverHtml, TITLE_ID, titleBlockHtml } from './title-block.js';
import { watermarkHtml } from './watermark.js';

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
