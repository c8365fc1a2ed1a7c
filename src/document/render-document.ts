import type { DocumentMetadata } from '../markdown/metadata.js';
import { collectHeadings, parseBody } from './body-html.js';
import { headingEntries, tocHtml } from './contents.js';
import { htmlPage } from './html-page.js';
import type { RenderedDocument } from './html-page.js';
import { layoutEngineFor } from './layout-engine.js';
import type { DocumentExtras, DocumentLayout } from './layout-options.js';
import { coverHtml, titleBlockHtml } from './title-block.js';
import { watermarkHtml } from './watermark.js';

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
 * Builds the complete HTML page for one Markdown file: cover or title block, contents, body, theme and
 * page rules, and the scripts that lay it out; plus the same document as a swap into an already loaded
 * page where it can be one. Pure: the same input always gives the same result.
 */
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
