import type { Comment, Element, ElementContent, Parent, Root, Text } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { find, html } from 'property-information';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';

/**
 * The text of a raw node that is one plain HTML comment (`<!-- note -->`), which the HTML parser reads
 * as that comment whatever comes around it; undefined for anything else, comments the parser treats in
 * a special way (`<!-->`, `--` or `<!-` inside) included.
 */
function plainComment(html: string): string | undefined {
  if (!html.startsWith('<!--') || !html.endsWith('-->') || html.length < 7) return undefined;
  const text = html.slice(4, -3);
  if (text.startsWith('>') || text.startsWith('->') || text.endsWith('-')) return undefined;
  return text.includes('--') || text.includes('<!-') ? undefined : text;
}

/**
 * The first text of a `pre` as remark-rehype builds it (`pre > code > text`: only first children lead to
 * it), or undefined when an element without children comes first.
 */
function firstTextOf(pre: Element): Text | undefined {
  for (let node: ElementContent | undefined = pre.children[0]; node;) {
    if (node.type === 'text') return node;
    if (node.type !== 'element') return undefined;
    node = node.children[0];
  }
  return undefined;
}

/**
 * rehype-raw's parse drops a newline at the very start of a `pre`'s text (HTML's "newlines at the start
 * of pre blocks are ignored": rehype-raw feeds the parser tokens, so the `code` start tag between them
 * does not count), which lost a fenced block's leading blank line. A second newline in front of one the
 * author wrote is what the parse takes away, so the block keeps its own.
 */
function protectLeadingNewline(pre: Element): void {
  const text = firstTextOf(pre);
  if (text?.value.startsWith('\n')) text.value = '\n' + text.value;
}

/**
 * What the parse does to the properties remark-rehype sets: `true` becomes an attribute with an empty
 * value, which reads back as `true` only for HTML's boolean attributes (`checked`) and as `''` for the
 * others (footnotes' `data-footnote-ref`), written `data-footnote-ref=""`.
 */
function attributeValues(element: Element): void {
  for (const [key, value] of Object.entries(element.properties)) {
    if (value !== true) continue;
    const info = find(html, key);
    if (!info.boolean && !info.overloadedBoolean) element.properties[key] = '';
  }
}

/**
 * rehype-raw, only when the document has raw HTML: it runs the whole tree through an HTML parser (parse5),
 * ~15 % of a long document's Markdown stage, and a document's only raw HTML is often a comment or two
 * (`<!-- TODO -->`). Those become comment nodes here, as the parser would make them (the sanitizer drops
 * them); any other raw HTML, and the whole tree goes through rehype-raw as before. Either way a fenced
 * block keeps the blank lines it starts with.
 */
export function rehypeRawWhenNeeded() {
  const raw = rehypeRaw();
  return (tree: Root, file: VFile): Root => {
    const comments: Array<{ parent: Parent; index: number; comment: Comment }> = [];
    let other = false;
    visit(tree, 'raw', (node: Raw, index, parent) => {
      const text = plainComment(node.value);
      if (text === undefined || index === undefined || !parent) {
        other = true;
        return EXIT;
      }
      const comment: Comment = { type: 'comment', value: text };
      if (node.position) comment.position = node.position;
      comments.push({ parent, index, comment });
    });
    if (other) {
      visit(tree, 'element', (node) => {
        if (node.tagName === 'pre') protectLeadingNewline(node);
      });
      return raw(tree, file);
    }
    for (const { parent, index, comment } of comments) parent.children[index] = comment;
    visit(tree, 'element', attributeValues);
    return tree;
  };
}
