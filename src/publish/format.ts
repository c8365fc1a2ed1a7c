/**
 * Text made inert for a Markdown table cell: file names come from the pull request, so they must not be able
 * to open links, HTML, emphasis or new table cells in a comment that the workflow's token posts.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~!#&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`));
}

/**
 * Text as a Markdown code span. GitHub turns nothing inside code into a mention (`@acme/security-team`),
 * an issue reference (`#123`), a link, emphasis or HTML, so file names from a pull request stay inert.
 * The fence is one backtick longer than any run inside; newlines become spaces.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  if (flat === '') return '';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both are there, and needs one next to a backtick.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** {@link codeSpan} for a GFM table cell: `|` ends a cell even inside code, so it is escaped (GitHub shows `|`). */
export function tableCodeSpan(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

/**
 * Free text (a message, a title) that can't be a code span, with mentions and references made inert: an
 * invisible word joiner (U+2060) after each `@` and `#` that starts a name or number, which GitHub's
 * `@name`, `#123` and `org/repo#123` patterns then no longer match. Backslash escapes do not do this:
 * GitHub links mentions in the rendered text, after escapes are gone.
 */
export function escapeMentions(text: string): string {
  return text.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u2060');
}
