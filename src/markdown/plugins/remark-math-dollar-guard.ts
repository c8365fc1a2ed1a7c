import type { Parent, Root } from 'mdast';
// remark-math's own node type (a dependency of remark-math; types only).
import type { InlineMath } from 'mdast-util-math';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Gives prices back to prose. remark-math reads any two single dollars on a line as math, so
 * "grew from $5M to $7M" would turn into an equation. Like Pandoc (and GitHub), a single-dollar span only
 * counts as math when the opening `$` is followed by a non-space, the closing `$` is preceded by a
 * non-space and not followed by a digit; anything else is turned back into the text that was written.
 * `$$…$$` and escaped dollars are untouched.
 */
export function remarkMathDollarGuard() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    visit(tree, 'inlineMath', (node: InlineMath, index, parent: Parent | undefined) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!parent || index === undefined || start === undefined || end === undefined) return;
      const written = source.slice(start, end);
      if (written.startsWith('$$')) return;
      const inner = written.slice(1, -1);
      const isMath =
        inner.length > 0 && !/^\s/.test(inner) && !/\s$/.test(inner) && !/^\d/.test(source.charAt(end));
      if (isMath) return;
      parent.children.splice(index, 1, { type: 'text', value: written, position: node.position });
    });
  };
}
