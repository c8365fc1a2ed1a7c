import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Options for remarkPageBreak. */
export interface PageBreakOptions {
  /** The command that, alone on its line, forces a page break (LaTeX's, which report authors know). */
  command?: string;
}

const defaults: Readonly<Required<PageBreakOptions>> = Object.freeze({ command: '\\newpage' });

/** A block that becomes `<div class="page-break"></div>`, the same markup an author may write in HTML. */
function pageBreakNode(): RootContent {
  return {
    type: 'paragraph',
    children: [],
    data: { hName: 'div', hProperties: { className: ['page-break'] } },
  } as Paragraph;
}

/**
 * Turns a `\newpage` line into a page break. The command only counts alone on its line, so it can stand
 * between two lines of one paragraph (the paragraph is split around it) but never inside a sentence or
 * a code block.
 */
export function remarkPageBreak(options: PageBreakOptions = {}) {
  const { command } = { ...defaults, ...options };
  const isCommandLine = (line: string): boolean => line.trim() === command;

  return (tree: Root): void => {
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      if (!paragraph.children.some((c) => c.type === 'text' && c.value.split('\n').some(isCommandLine)))
        return;
      // Split the paragraph's inline content into runs separated by command lines.
      const runs: PhrasingContent[][] = [[]];
      for (const child of paragraph.children) {
        if (child.type !== 'text') {
          runs[runs.length - 1]!.push(child);
          continue;
        }
        const lines = child.value.split('\n');
        let pending: string[] = [];
        const flush = (): void => {
          const value = pending.join('\n');
          if (value !== '') runs[runs.length - 1]!.push({ type: 'text', value });
          pending = [];
        };
        for (const line of lines) {
          if (isCommandLine(line)) {
            flush();
            runs.push([]);
          } else pending.push(line);
        }
        flush();
      }
      const replacement: RootContent[] = [];
      runs.forEach((run, i) => {
        if (i > 0) replacement.push(pageBreakNode());
        // A soft line break left at either end of a run is only the newline around the command.
        while (run[0]?.type === 'break') run.shift();
        while (run.at(-1)?.type === 'break') run.pop();
        if (run.length > 0) replacement.push({ type: 'paragraph', children: run });
      });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
