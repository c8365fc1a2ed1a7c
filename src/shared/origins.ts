// The two made-up origins a page is served from. `.invalid` never resolves, so nothing reaches the network.

/** The origin our own files (Paged.js, themes, fonts) are served from; nothing of the workspace lives here. */
export const RUNTIME_ORIGIN = 'https://runtime.md-pdf.invalid';
/** The origin the workspace is served from; a document at `a/b.md` is loaded as `/a/b.md.html`. */
export const WORKSPACE_ORIGIN = 'https://workspace.md-pdf.invalid';
