import type { DocumentMetadata } from '../markdown/metadata.js';
import type { LayoutEngine } from './layout-engine.js';
import type { DocumentLayout } from './layout-options.js';
import { cssString, DEFAULT_FOOTER, DEFAULT_HEADER, templateToCssContent, TITLE_VAR } from './margin-text.js';
import type { PageSize } from './page-settings.js';
import { WATERMARK_CSS } from './watermark.js';

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
