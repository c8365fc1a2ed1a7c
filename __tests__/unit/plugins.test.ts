// Fixture tests for the content plugins: each `fixtures/plugins/<plugin>/<case>/input.md` goes through the
// sanitizing front half of our pipeline plus that one plugin, and must give `output.html`.
// Regenerate the expected output with `UPDATE_FIXTURES=1 npx vitest run __tests__/unit/plugins.test.ts`.
import fs from 'node:fs';
import path from 'node:path';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkEmoji from 'remark-emoji';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { sanitizeSchema } from '../../src/markdown/sanitize-schema.js';
import { markdownToHtml, pageAssetsFor } from '../../src/markdown/processor.js';
import { remarkCodeMeta } from '../../src/markdown/plugins/remark-code-meta.js';
import { remarkMathDollarGuard } from '../../src/markdown/plugins/remark-math-dollar-guard.js';
import { remarkPageBreak } from '../../src/markdown/plugins/remark-page-break.js';
import { rehypeGithubAlerts } from '../../src/markdown/plugins/rehype-github-alerts.js';
import { parseLineNumbers, rehypeHighlightCode } from '../../src/markdown/plugins/rehype-highlight-code.js';
import { rehypeImageLines } from '../../src/markdown/plugins/rehype-image-lines.js';
import { rehypeMermaidBlocks } from '../../src/markdown/plugins/rehype-mermaid-blocks.js';
import { readPageDiagnostics } from '../../src/browser/printer.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/plugins');
const update = process.env.UPDATE_FIXTURES === '1';

/** What each fixture folder runs: remark plugins before remark-rehype, rehype plugins after the sanitizer. */
const PLUGINS: Record<string, { remark?: PluggableList; rehype?: PluggableList }> = {
  'remark-page-break': { remark: [remarkPageBreak] },
  'remark-math-dollar-guard': { remark: [remarkMath, remarkMathDollarGuard] },
  'rehype-highlight-code': { remark: [remarkCodeMeta], rehype: [rehypeHighlightCode] },
  'rehype-mermaid-blocks': { rehype: [rehypeMermaidBlocks] },
  'rehype-github-alerts': { rehype: [rehypeGithubAlerts] },
  'rehype-image-lines': { rehype: [rehypeImageLines] },
  // Third-party plugins, configured as the pipeline uses them.
  emoji: { remark: [[remarkEmoji, { accessible: false, emoticon: false }]] },
  math: { remark: [remarkMath, remarkMathDollarGuard], rehype: [[rehypeKatex, { output: 'html' }]] },
};

async function render(plugin: string, markdown: string): Promise<string> {
  const { remark = [], rehype = [] } = PLUGINS[plugin]!;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remark)
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehype)
    .use(rehypeStringify);
  return String(await processor.process(new VFile({ value: markdown })));
}

const pluginDirs = fs.readdirSync(FIXTURES).sort();

it('every fixture folder has a plugin and every plugin has fixtures', () => {
  expect(pluginDirs).toEqual(Object.keys(PLUGINS).sort());
});

for (const plugin of pluginDirs) {
  describe(plugin, () => {
    for (const name of fs.readdirSync(path.join(FIXTURES, plugin)).sort()) {
      it(name, async () => {
        const dir = path.join(FIXTURES, plugin, name);
        const actual = (await render(plugin, fs.readFileSync(path.join(dir, 'input.md'), 'utf8'))) + '\n';
        const expectedFile = path.join(dir, 'output.html');
        if (update || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, actual);
        expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
      });
    }
  });
}

describe('parseLineNumbers', () => {
  it.each([
    ['', false, undefined],
    ['', true, 1],
    ['showLineNumbers', false, 1],
    ['{lineNumbers}', false, 1],
    ['title="x" lineNumbers', false, 1],
    ['showLineNumbers{12}', false, 12],
    ['lineNumbers=5', false, 5],
    ['lineNumbers=false', true, undefined],
    ['noLineNumbersHere', false, undefined],
  ])('%j (default %s) → %s', (meta, byDefault, expected) => {
    expect(parseLineNumbers(meta, byDefault)).toBe(expected);
  });
});

describe('markdownToHtml content features', () => {
  it('reports what the page needs and loads only that', async () => {
    const plain = await markdownToHtml('# T\n\nJust text.\n', 't');
    expect(plain.features).toEqual({ math: false, mermaid: false, images: false, cjk: false });
    expect(pageAssetsFor(plain.features)).toEqual({ stylesheets: [], scripts: [] });

    const rich = await markdownToHtml('# T\n\n$x$\n\n![a](a.png)\n\n```mermaid\ngraph TD; A-->B\n```\n', 't');
    expect(rich.features).toEqual({ math: true, mermaid: true, images: true, cjk: false });
    expect(pageAssetsFor(rich.features)).toEqual({
      stylesheets: ['katex/katex.min.css'],
      scripts: ['page-scripts/image-placeholders.js', 'mermaid.min.js', 'page-scripts/mermaid-render.js'],
    });
  });

  it('turns a KaTeX error into a warning at its line, without failing', async () => {
    const result = await markdownToHtml('# T\n\nFine.\n\nBroken $\\frac{1}{$ here.\n', 't');
    expect(result.warnings).toEqual([
      { message: expect.stringMatching(/^math could not be rendered: KaTeX parse error: /), line: 5 },
    ]);
    expect(result.html).toContain('katex');
  });

  it('keeps user HTML from posing as our components', async () => {
    const result = await markdownToHtml(
      '# T\n\n<div class="markdown-alert mermaid-diagram" style="color:red">x</div>\n\n<span class="katex">y</span>\n',
      't',
    );
    expect(result.html).not.toMatch(/markdown-alert|mermaid-diagram|style=|class="katex"/);
    expect(result.features).toEqual({ math: false, mermaid: false, images: false, cjk: false });
  });

  it('gives headings GitHub slugs that in-document links reach', async () => {
    const result = await markdownToHtml(
      '# T\n\n## Root cause: the *pool*!\n\nSee [it](#root-cause-the-pool).\n',
      't',
    );
    expect(result.html).toContain('<h2 id="root-cause-the-pool">');
    expect(result.html).toContain('href="#root-cause-the-pool"');
  });
});

describe('readPageDiagnostics', () => {
  it('keeps well-formed entries only', () => {
    expect(
      readPageDiagnostics([
        { message: 'diagram failed', line: 12 },
        { message: 'image missing', line: 0, url: 'https://workspace.md-pdf.invalid/a.png' },
        { message: '' },
        { line: 3 },
        'nonsense',
        null,
      ]),
    ).toEqual([
      { message: 'diagram failed', line: 12, url: undefined },
      { message: 'image missing', line: undefined, url: 'https://workspace.md-pdf.invalid/a.png' },
    ]);
    expect(readPageDiagnostics(undefined)).toEqual([]);
  });
});
