// What a page can be: the choices the document layer knows how to lay out.

/** Page sizes the themes know how to lay out. */
export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Themes shipped in `themes/`. */
export const THEMES = ['report', 'github', 'minimal'] as const;
export type ThemeName = (typeof THEMES)[number];

/** How deep the table of contents goes. */
export type TocDepth = 2 | 3;
