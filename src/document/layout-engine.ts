/**
 * Which engine paginates a document. Chromium (≥ 131) paginates by itself while printing, running headers
 * and footers included: `@page` margin boxes with fixed text and `counter(page)`/`counter(pages)`, named
 * and `:first` pages, repeated table headers, breaks, widows and orphans. That is much faster than
 * letting the Paged.js polyfill lay every page out in JavaScript first (bench/RESULTS.md: `ours` against
 * `ours-pagedjs`), so it is the default. Paged.js stays for what only it can do: page numbers in a contents page, a running section
 * title (`string-set`), and the paged-media CSS a user's stylesheet may rely on.
 */
export type LayoutEngine = 'chromium' | 'pagedjs';

/** `auto` picks per document (layoutEngineFor); `pagedjs` lays every document out with Paged.js. */
export const LAYOUT_ENGINE_CHOICES = ['auto', 'pagedjs'] as const;
export type LayoutEngineChoice = (typeof LAYOUT_ENGINE_CHOICES)[number];

/**
 * Paged-media CSS that Chromium does not implement and Paged.js does: named strings, target counters and
 * text, running elements, `:nth()`/`:blank` page selectors, footnotes, leaders, crop marks and bleed,
 * resetting the page counter, and Paged.js's own page elements (`.pagedjs_page`, `--pagedjs-*`). Found in
 * a user's stylesheet, it makes every document of the run go through Paged.js. So does an `@import`,
 * whose stylesheet is not read here. (GitHub's `.footnotes` markup is not a paged-media footnote.)
 */
const PAGED_JS_ONLY_CSS =
  /string-set|\bstring\(|\btarget-(?:counters?|text)\(|\brunning\(|\belement\(|:nth\(|:blank\b|float\s*:\s*footnote|::?footnote-|@footnote|\bleader\(|@import|pagedjs[_-]|(?:^|[\s;{])(?:marks|bleed)\s*:|counter-(?:reset|increment|set)\s*:[^;}]*\bpages?\b/i;

export function cssNeedsPagedJs(css: string): boolean {
  // Comments could mention the features without using them.
  return PAGED_JS_ONLY_CSS.test(css.replace(/\/\*[\s\S]*?\*\//g, ''));
}

/** Header/footer placeholders that are named strings, set while pages are laid out. */
function templateNeedsPagedJs(template: string | undefined): boolean {
  return template !== undefined && /\{section\}/.test(template);
}

export interface EngineNeeds {
  choice?: LayoutEngineChoice;
  /** The document has a contents page (its page numbers come from the laid-out pages). */
  toc: boolean;
  header?: string;
  footer?: string;
  /** The user's stylesheet uses paged-media CSS only Paged.js knows (cssNeedsPagedJs). */
  userCssNeedsPagedJs?: boolean;
}

export function layoutEngineFor(needs: EngineNeeds): LayoutEngine {
  const paged =
    needs.choice === 'pagedjs' ||
    needs.toc ||
    templateNeedsPagedJs(needs.header) ||
    templateNeedsPagedJs(needs.footer) ||
    needs.userCssNeedsPagedJs === true;
  return paged ? 'pagedjs' : 'chromium';
}
