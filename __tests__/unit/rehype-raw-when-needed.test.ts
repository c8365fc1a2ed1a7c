// rehypeRawWhenNeeded: the tree rehype-raw would give, without running the HTML parser over a document
// whose only raw HTML is plain comments.
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rehypeRawWhenNeeded } from '../../src/markdown/plugins/rehype-raw-when-needed.js';

/** HTML through remark-rehype, the given raw step, and whether the fenced code kept its `data` after it. */
async function convert(markdown: string, raw: Plugin<[], Root, Root>) {
  let parsed = false;
  const html = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(raw)
    .use(() => (tree: Root) => {
      // rehype-raw rebuilds every node from the parser's output: `data` (here the fence's meta) is lost.
      parsed = true;
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'code' && node.data?.meta === 'title=x') parsed = false;
      });
    })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(markdown);
  return { html: String(html), parsed };
}

const CODE = '```js title=x\nlet a = 1;\n\n\nlet b = 2;\n```\n\n    \n    indented after a blank line\n';
const REST = '| a | b |\n| - | :-: |\n| 1 | 2 |\n\n- [x] done\n\nText[^1] and `code`.\n\n[^1]: A note.\n';

describe('rehypeRawWhenNeeded', () => {
  it.each([
    ['no raw HTML', `# Title\n\n${CODE}\n${REST}`, false],
    [
      'only comments, block and inline',
      `<!-- TODO -->\n\n${CODE}\nSee <!-- inline --> this.\n\n${REST}`,
      false,
    ],
    [
      'a comment and other HTML',
      `<!-- TODO -->\n\n<details><summary>S</summary>\n\n${CODE}\n</details>\n`,
      true,
    ],
    ['a comment the parser reads specially', `<!-->\n\n${CODE}`, true],
    ['a comment with -- inside', `<!-- a -- b -->\n\n${CODE}`, true],
    ['an unclosed comment', `<!-- open\n\n${CODE}`, true],
    ['a raw textarea around a comment', `<textarea>\n<!-- kept as text -->\n</textarea>\n\n${CODE}`, true],
  ])('gives what rehype-raw gives: %s', async (_name, markdown, parses) => {
    const expected = await convert(markdown, rehypeRaw as Plugin<[], Root, Root>);
    const actual = await convert(markdown, rehypeRawWhenNeeded);
    expect(actual.html).toBe(expected.html);
    expect(actual.parsed).toBe(parses);
  });

  it.each([
    ['without raw HTML', ''],
    ['with raw HTML, through the parser', '<details><summary>S</summary>\n\nx\n</details>\n\n'],
  ])('keeps the blank lines a fenced block starts with, %s', async (_name, before) => {
    // The parser drops a newline at the start of a pre's text: the block lost its first blank line.
    const { html } = await convert(`${before}\`\`\`\n\n\nx\n\`\`\`\n`, rehypeRawWhenNeeded);
    expect(html).toContain('<pre><code>\n\nx\n</code></pre>');
  });
});
