import { RUNTIME_ORIGIN } from '../shared/origins.js';
import { CJK_FONTS_STYLESHEET, FONTS_STYLESHEET } from '../shared/runtime-assets.js';
import { escapeHtml } from '../shared/format.js';
import { userStylesheetUrl } from './content-security-policy.js';
import type { LayoutEngine } from './layout-engine.js';
import type { DocumentLayout } from './layout-options.js';

// The stylesheets and scripts in a page's <head>.

/** Runtime-origin stylesheets of a page, in cascade order: fonts, base, components, theme, extras. */
function runtimeStylesheets(theme: DocumentLayout['theme'], extra: readonly string[]): string[] {
  const stylesheets = [
    FONTS_STYLESHEET,
    'themes/base.css',
    // Alerts, code, math, diagrams, images: shared by every theme, which may restyle them.
    'themes/components.css',
    `themes/${theme}/theme.css`,
    ...extra,
  ];
  return [...new Set(stylesheets)];
}

/**
 * Whether Paged.js must polyfill a stylesheet. Font faces and KaTeX's CSS have no page rules, named
 * strings or breaks, so the browser applies them natively: Paged.js would otherwise fetch and re-parse
 * (in JavaScript) a few hundred @font-face rules for every document.
 */
function polyfilledByPagedJs(runtimePath: string): boolean {
  return (
    runtimePath !== FONTS_STYLESHEET &&
    runtimePath !== CJK_FONTS_STYLESHEET &&
    !runtimePath.startsWith('katex/')
  );
}

/** One runtime stylesheet link, marked for the engine that lays the page out. */
function runtimeStylesheetLink(href: string, engine: LayoutEngine): string {
  const url = `${RUNTIME_ORIGIN}/${href}`;
  // chromium-layout.js reads the @page rules to size the screen like the page: CORS lets it. The
  // Paged.js mark stays on for tools that run Paged.js over the kept HTML (the bench's peers).
  const cors = engine === 'chromium' ? ' crossorigin' : '';
  const ignored = polyfilledByPagedJs(href) ? '' : ' data-pagedjs-ignore';
  return `<link rel="stylesheet" href="${url}"${cors}${ignored}>`;
}

/**
 * A stylesheet from outside the workspace, as a `<style>` element: the CSP allows inline styles (Paged.js
 * needs them), and a `</style` in the text cannot end the element early.
 */
function embeddedStylesheet(text: string): string {
  return `<style id="md-pdf.user-css">${text.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
}

/** The page's stylesheet elements: ours (runtime origin), then the user's, linked or embedded. */
export function stylesheetElements(
  layout: DocumentLayout,
  engine: LayoutEngine,
  extra: readonly string[],
): string {
  return runtimeStylesheets(layout.theme, extra)
    .map((href) => runtimeStylesheetLink(href, engine))
    .concat(
      layout.userStylesheet
        ? [`<link rel="stylesheet" href="${escapeHtml(userStylesheetUrl(layout.userStylesheet))}">`]
        : [],
    )
    .concat(layout.userStylesheetText === undefined ? [] : [embeddedStylesheet(layout.userStylesheetText)])
    .join('\n');
}

/**
 * The scripts of a page: the shared state and the glyph check first, then either Chromium's layout step or Paged.js between
 * our config and our handlers, then the extras.
 */
function runtimeScripts(engine: LayoutEngine, extra: readonly string[]): string[] {
  const layout =
    engine === 'chromium'
      ? ['page-scripts/chromium-layout.js']
      : ['page-scripts/paged-config.js', 'paged.polyfill.js', 'page-scripts/paged-handlers.js'];
  return [...new Set(['page-scripts/common.js', 'page-scripts/glyph-check.js', ...layout, ...extra])];
}

/** The page's script elements, all from the runtime origin (the CSP allows no other). */
export function scriptElements(engine: LayoutEngine, extra: readonly string[]): string {
  return runtimeScripts(engine, extra)
    .map((src) => `<script src="${RUNTIME_ORIGIN}/${src}"></script>`)
    .join('\n');
}
