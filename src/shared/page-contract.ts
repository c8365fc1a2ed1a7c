// What Node hands to the page scripts (page-scripts/*.js), shared by both sides.

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
