// Globals of the page that are not ours: the Paged.js polyfill (paged.polyfill.js, which ships no types)
// and Mermaid (mermaid.min.js). Our own (`window.__mdPdf`, `window.__mdPdfBeforeLayout`) are declared with
// the page contract, src/shared/page-contract.ts, which Node shares.
import type { Mermaid } from 'mermaid';
import type {} from '../src/shared/page-contract.js';

/** The hooks of a Paged.js handler that our handlers implement (paged-handlers.js). */
interface PagedHandler {
  /** A node has been placed on a page: `clone` is the placed copy, `node` the source. */
  renderNode?(clone: Node | undefined, node: Node | undefined): void;
  /** The source has been parsed, before any page is laid out. */
  afterParsed?(parsed: DocumentFragment): void;
  /** A page has been laid out: `fragment` is its page element. */
  afterPageLayout?(fragment: HTMLElement): void;
  /** Every page exists. */
  afterRendered?(): void;
}

declare global {
  const Paged: {
    Handler: new (...args: unknown[]) => PagedHandler;
    registerHandlers(...handlers: (new (...args: unknown[]) => PagedHandler)[]): void;
  };

  interface Window {
    /** Read by the Paged.js polyfill when it loads (paged-config.js). */
    PagedConfig?: { auto: boolean; before: () => Promise<unknown>; after: () => void };
    /** Loaded before mermaid-render.js for documents with diagrams; absent if it failed to load. */
    mermaid?: Mermaid;
  }
}
