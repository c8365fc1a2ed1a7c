import type { DocumentMetadata } from '../markdown/metadata.js';
import { escapeHtml } from '../shared/format.js';
import type { DocumentSwap } from '../shared/page-contract.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import type { LayoutEngine } from './layout-engine.js';
import type { DocumentLayout } from './layout-options.js';
import { titleRoomText } from './margin-text.js';
import { pageCss } from './page-css.js';
import { scriptElements, stylesheetElements } from './page-resources.js';

/** The page as HTML, and, when it can be shown in an already loaded page, as a swap. */
export interface RenderedDocument {
  html: string;
  swap?: DocumentSwap;
}

/** What one page is made of: a document's or a book's. */
export interface PageParts {
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
}

/**
 * Page scripts that lay out a swapped-in document as well as a loaded one. Mermaid keeps state between
 * diagrams it draws, so a document with diagrams always gets a fresh page.
 */
const SWAP_SAFE_SCRIPTS = new Set(['page-scripts/image-placeholders.js']);

/** Assembles a complete HTML page around already-built body content. */
export function htmlPage(page: PageParts): RenderedDocument {
  const links = stylesheetElements(page.layout, page.engine, page.stylesheets);
  const scripts = scriptElements(page.engine, page.scripts);
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
