import type { DocumentLayout } from '../document/layout-options.js';
import type { ConvertOptions } from './options.js';

/**
 * The layout a run's options ask for; per-document choices (front matter) are applied in renderDocument.
 * `userStylesheetNeedsPagedJs` is read from the stylesheet's text, which the caller has.
 */
export function documentLayout(
  options: ConvertOptions,
  userStylesheetNeedsPagedJs = false,
  userStylesheetText?: string,
): DocumentLayout {
  const embedded = userStylesheetText !== undefined;
  return {
    engine: options.layoutEngine,
    userStylesheetNeedsPagedJs,
    theme: options.theme,
    pageSize: options.pageSize,
    header: options.header,
    footer: options.footer,
    toc: options.toc,
    tocDepth: options.tocDepth,
    cover: options.cover,
    userStylesheet: embedded ? undefined : options.css,
    userStylesheetText,
    provenance: options.provenance,
    watermark: options.watermark,
  };
}
