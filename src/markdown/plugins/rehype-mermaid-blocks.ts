import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Options for rehypeMermaidBlocks. */
export interface MermaidBlocksOptions {
  /** Fence languages that hold a diagram. */
  languages?: readonly string[];
}

const defaults: Readonly<Required<MermaidBlocksOptions>> = Object.freeze({
  languages: Object.freeze(['mermaid']),
});

/** Class of the element page-scripts/mermaid-render.js looks for. */
export const MERMAID_CLASS = 'mermaid-diagram';

/** The fence language of a `<code>` element (`language-go` → `go`), if any. */
export function codeLanguage(code: Element): string | undefined {
  const classes = code.properties.className;
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice('language-'.length);
  }
  return undefined;
}

/**
 * Turns ```` ```mermaid ```` blocks into placeholders the page renders before layout:
 * `<div class="mermaid-diagram" data-line="N"><pre class="mermaid-source">…</pre></div>`. The source stays
 * visible text, so a document whose diagram cannot be drawn still shows what was written. `data-line`
 * is the fence's line, for the warning when the diagram has an error. Runs after the sanitizer: the
 * classes are ours, user HTML cannot make them.
 */
export function rehypeMermaidBlocks(options: MermaidBlocksOptions = {}) {
  const { languages } = { ...defaults, ...options };
  return (tree: Root): void => {
    visit(tree, 'element', (pre: Element, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined) return;
      const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const language = code && codeLanguage(code);
      if (!code || !language || !languages.includes(language.toLowerCase())) return;
      const line = pre.position?.start.line ?? code.position?.start.line;
      const diagram: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: [MERMAID_CLASS], ...(line ? { dataLine: String(line) } : {}) },
        children: [
          {
            type: 'element',
            tagName: 'pre',
            properties: { className: ['mermaid-source'] },
            children: [{ type: 'text', value: toString(code).replace(/\n$/, '') }],
          },
        ],
        position: pre.position,
      };
      parent.children[index] = diagram;
      return SKIP;
    });
  };
}
