import { escapeHtml } from '../shared/format.js';

/**
 * The watermark: fixed, so Chromium prints it on every page and Paged.js (position-fixed.js) copies it to
 * the top of every page box; z-index -1 paints it under the text, which stays readable and extractable.
 */
export const WATERMARK_CSS = `.md-pdf-watermark { position: fixed; top: 50%; left: 50%; z-index: -1; \
transform: translate(-50%, -50%) rotate(-45deg); white-space: nowrap; pointer-events: none; \
font: 700 80pt/1 Inter, sans-serif; letter-spacing: 0.08em; color: rgb(0 0 0 / 0.12); }
`;

/** The watermark's element, first in the body (see WATERMARK_CSS). */
export function watermarkHtml(text: string | undefined): string {
  return text ? `<div class="md-pdf-watermark" aria-hidden="true">${escapeHtml(text)}</div>` : '';
}
