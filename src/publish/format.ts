export { countOf, escapeHtml, formatBytes } from '../format.js';

/**
 * Text made inert for a Markdown table cell: file names come from the pull request, so they must not be able
 * to open links, HTML, emphasis or new table cells in a comment that the workflow's token posts.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~!#&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`));
}
