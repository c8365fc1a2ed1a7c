import type { Provenance } from '../shared/provenance.js';
import type { LayoutEngineChoice } from './layout-engine.js';
import type { PageSize, ThemeName, TocDepth } from './page-settings.js';

/** Everything needed to lay out one document, apart from the body itself. Set by the run's options. */
export interface DocumentLayout {
  theme: ThemeName;
  pageSize: PageSize;
  /** Running header template; `{title}` etc. (see templateToCssContent). Default: the title. */
  header?: string;
  /** Footer template. Default: `Page {page} of {pages}`. */
  footer?: string;
  /** A "Contents" page; a document's front matter `toc` wins. */
  toc?: boolean;
  /** Deepest heading level in the contents; front matter `toc-depth` wins. */
  tocDepth?: TocDepth;
  /** A title page instead of the title block; front matter `cover` wins. */
  cover?: boolean;
  /** Workspace-relative path of the user's stylesheet, linked after every stylesheet of ours. */
  userStylesheet?: string;
  /** Text of a user stylesheet from outside the workspace: embedded after ours instead of linked. */
  userStylesheetText?: string;
  /** The user's stylesheet uses paged-media CSS that only Paged.js implements (layout-engine.ts). */
  userStylesheetNeedsPagedJs?: boolean;
  /** `auto` (default): Chromium paginates unless the document needs Paged.js (layout-engine.ts). */
  engine?: LayoutEngineChoice;
  /** Values of `{sha}`, `{ref}`, `{run}`. */
  provenance?: Provenance;
  /** Light diagonal text on every page, behind the content. */
  watermark?: string;
}

/** Stylesheets, scripts and network rules one document needs beyond the theme. */
export interface DocumentExtras {
  /** Runtime-origin paths of extra stylesheets (e.g. KaTeX), after the theme. */
  stylesheets?: readonly string[];
  /** Runtime-origin paths of extra scripts (e.g. Mermaid), after Paged.js. */
  scripts?: readonly string[];
  allowRemoteImages?: boolean;
}
