// The contract between Node and the page scripts (page-scripts/*.js): what Node hands to the page, and
// what the scripts publish on `window` for Node and for each other. Node calls into the page through these
// types (browser/page-calls.ts); the page scripts are type-checked against them (page-scripts/tsconfig.json).

/**
 * Another document for a page that is already loaded (page-scripts/chromium-layout.js `swap`): the
 * per-document parts of the page, which replace those of the document shown before. Loading a page
 * (parsing its stylesheets and scripts, decoding its fonts) costs more than laying out a short report.
 */
export interface DocumentSwap {
  /** The rest of the page (stylesheets, scripts, CSP): a page can take a document with the same shell. */
  shell: string;
  lang: string;
  /** `rtl` for a right-to-left document; absent for left to right. */
  dir?: 'rtl';
  title: string;
  titleRoom?: string;
  pageCss: string;
  bodyClass: string;
  content: string;
}

/** What the page's `swap` takes: the swap without its shell (the page has that already), and a URL. */
export type SwapRequest = Omit<DocumentSwap, 'shell'> & {
  /** The document's own URL: its relative URLs (images) resolve against it. */
  url: string;
};

/**
 * A problem a page script found (a diagram that cannot be drawn, an image that cannot be shown, a
 * character no font has), at the document's source line when known. It comes from the page, so Node
 * checks every entry again (browser/printer.ts readPageDiagnostics).
 */
export interface PageDiagnosticReport {
  message: string;
  line?: number;
  /** The resource concerned (absolute URL). */
  url?: string;
}

/** A step that must finish before layout (drawing diagrams, settling images); its failure is not fatal. */
export type BeforeLayoutTask = () => unknown;

/**
 * `window.__mdPdf`: the state page-scripts/common.js publishes first in every page, which the other
 * scripts extend and Node waits on.
 */
export interface PageState {
  /** Errors page scripts threw: the document still prints, but its layout may be incomplete. */
  errors: string[];
  diagnostics: PageDiagnosticReport[];
  /** Resolves once the pages are laid out and checked: what the printer awaits. A swap starts a new one. */
  finished: Promise<void>;
  /** Milliseconds the glyph check took, once finished (MD_PDF_PROFILE). */
  glyphCheckMs?: number;
  /** Starts over for another document (a swap). */
  reset(): void;
  /** Called by the layout engine's script once every page exists: checks the glyphs, resolves `finished`. */
  finish(): void;
  /** Runs the before-layout tasks (`window.__mdPdfBeforeLayout`) and waits for the fonts. */
  beforeLayout(): Promise<unknown>;
  /** Fits a table to the width of its column and writes the decision on each of `tables`. */
  fitTable(source: HTMLElement, placed: HTMLElement, tables: readonly HTMLElement[]): void;
  /** Set by glyph-check.js: the characters of the laid-out text no font could draw. */
  checkGlyphs?: () => PageDiagnosticReport[];
  /** Set by chromium-layout.js: shows another document in this page and lays it out. */
  swap?: (doc: SwapRequest) => void;
}

/** What the printer reads back from a laid-out page (browser/page-calls.ts awaitLayout). */
export interface LayoutReport {
  /** The scripts' diagnostics, then their errors as diagnostics. */
  diagnostics: PageDiagnosticReport[];
  glyphCheckMs?: number;
}

declare global {
  interface Window {
    /** Absent only until common.js has run (it runs first: src/document/page-resources.ts). */
    __mdPdf?: PageState;
    /** Before-layout tasks, registered by scripts that may load before or after common.js. */
    __mdPdfBeforeLayout?: BeforeLayoutTask[];
  }
}
