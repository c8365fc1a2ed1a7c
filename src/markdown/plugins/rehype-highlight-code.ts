import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { createHighlighterCore } from 'shiki/core';
import type { HighlighterCore, LanguageRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { visit } from 'unist-util-visit';
import { codeLanguage } from './rehype-mermaid-blocks.js';
import { markHighlightedCode } from './highlighted-code.js';
import { HighlightMemo } from './highlight-memo.js';

/** Options for rehypeHighlightCode. */
export interface HighlightCodeOptions {
  /** Number the lines of every highlighted block, not only those that ask for it in their fence. */
  lineNumbers?: boolean;
}

const defaults: Readonly<Required<HighlightCodeOptions>> = Object.freeze({ lineNumbers: false });

/** The one colour theme: light, GitHub's, readable on paper and in greyscale. */
const THEME = 'github-light';

/**
 * The languages we highlight: what reports, runbooks and postmortems actually quote. Fine-grained
 * imports keep the bundle small (Shiki's full bundle is ~200 grammars), and each grammar is loaded the
 * first time a document uses it: compiling all of them up front cost ~2.5 s at start-up, more than a
 * whole batch of short reports takes to print.
 */
const GRAMMARS: Readonly<Record<string, () => Promise<{ default: LanguageRegistration[] }>>> = Object.freeze({
  bash: () => import('shiki/langs/bash.mjs'),
  shellsession: () => import('shiki/langs/shellsession.mjs'),
  powershell: () => import('shiki/langs/powershell.mjs'),
  sql: () => import('shiki/langs/sql.mjs'),
  go: () => import('shiki/langs/go.mjs'),
  typescript: () => import('shiki/langs/typescript.mjs'),
  tsx: () => import('shiki/langs/tsx.mjs'),
  javascript: () => import('shiki/langs/javascript.mjs'),
  jsx: () => import('shiki/langs/jsx.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  yaml: () => import('shiki/langs/yaml.mjs'),
  toml: () => import('shiki/langs/toml.mjs'),
  ini: () => import('shiki/langs/ini.mjs'),
  xml: () => import('shiki/langs/xml.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  diff: () => import('shiki/langs/diff.mjs'),
  dockerfile: () => import('shiki/langs/dockerfile.mjs'),
  hcl: () => import('shiki/langs/hcl.mjs'),
  terraform: () => import('shiki/langs/terraform.mjs'),
  java: () => import('shiki/langs/java.mjs'),
  kotlin: () => import('shiki/langs/kotlin.mjs'),
  rust: () => import('shiki/langs/rust.mjs'),
  c: () => import('shiki/langs/c.mjs'),
  cpp: () => import('shiki/langs/cpp.mjs'),
  csharp: () => import('shiki/langs/csharp.mjs'),
  ruby: () => import('shiki/langs/ruby.mjs'),
  php: () => import('shiki/langs/php.mjs'),
  html: () => import('shiki/langs/html.mjs'),
  css: () => import('shiki/langs/css.mjs'),
  markdown: () => import('shiki/langs/markdown.mjs'),
  graphql: () => import('shiki/langs/graphql.mjs'),
  nginx: () => import('shiki/langs/nginx.mjs'),
});

/** Fence names that are another name for one of the grammars above (the grammar knows them once loaded). */
const GRAMMAR_OF: Readonly<Record<string, string>> = Object.freeze({
  sh: 'bash',
  shell: 'bash',
  shellscript: 'bash',
  zsh: 'bash',
  console: 'shellsession',
  ps: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  ts: 'typescript',
  cts: 'typescript',
  mts: 'typescript',
  js: 'javascript',
  cjs: 'javascript',
  mjs: 'javascript',
  yml: 'yaml',
  properties: 'ini',
  py: 'python',
  docker: 'dockerfile',
  tf: 'terraform',
  tfvars: 'terraform',
  kt: 'kotlin',
  kts: 'kotlin',
  rs: 'rust',
  'c++': 'cpp',
  'c#': 'csharp',
  cs: 'csharp',
  rb: 'ruby',
  md: 'markdown',
  gql: 'graphql',
});

/** Fence names that mean "no language": shown as plain, unhighlighted text. */
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext', 'output', 'log']);

let highlighter: Promise<HighlighterCore> | undefined;

/** The shared highlighter, created on first use: grammars load once per process, not per document. */
function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs')],
    langs: [],
    // Pure-JS regexes: no WebAssembly to ship; `forgiving` skips the rare pattern JS cannot express
    // instead of failing the grammar.
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

/**
 * Line numbers are opt-in per block, in the fence's meta string after the language (the conventions of
 * rehype-pretty-code and Docusaurus, so documents written for those keep working):
 *   ```go showLineNumbers        ```go {lineNumbers}        ```go lineNumbers=12
 *   ```go showLineNumbers{12}    (start counting at 12)
 * `lineNumbers=false` turns them off for one block when the `lineNumbers` option numbers every block.
 */
export function parseLineNumbers(meta: string, byDefault: boolean): number | undefined {
  const match =
    /(?:^|[\s{,])(?:showLineNumbers|lineNumbers|line-numbers)(?:\{(\d+)\}|=(\d+|true|false))?/.exec(meta);
  if (!match) return byDefault ? 1 : undefined;
  const value = match[1] ?? match[2];
  if (value === 'false') return undefined;
  return value && /^\d+$/.test(value) ? Math.max(0, Number(value)) : 1;
}

/**
 * Puts the number in front of each line as real text (`<span class="line-number">`), not a CSS counter:
 * Paged.js clones a block that breaks across pages, and a counter would start again on the new page.
 * Numbered lines are display:block in CSS, so the newlines between them are dropped.
 */
function numberLines(lines: ElementContent[], start: number): ElementContent[] {
  const numbered: ElementContent[] = [];
  for (const line of lines) {
    if (line.type !== 'element') continue;
    const number: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['line-number'], ariaHidden: 'true' },
      children: [{ type: 'text', value: String(start + numbered.length) }],
    };
    line.children.unshift(number);
    numbered.push(line);
  }
  return numbered;
}

/** One highlighted line per `span.line`; the newlines Shiki puts between them are dropped when numbering. */
function highlightedLines(shiki: HighlighterCore, text: string, language: string): ElementContent[] {
  const root = shiki.codeToHast(text, {
    lang: language,
    theme: THEME,
    // Shiki gives up on a line after 500 ms by default and leaves the rest uncoloured: on a busy CI
    // machine the same input would highlight differently. The file's own time limit bounds the work.
    tokenizeTimeLimit: 0,
  });
  const pre = root.children[0];
  const code = pre?.type === 'element' ? pre.children[0] : undefined;
  return code?.type === 'element' ? code.children : [{ type: 'text', value: text }];
}

const loading = new Map<string, Promise<void>>();

/**
 * Blocks highlighted before in this process, by language and text: up to half a million characters of
 * code (some tens of MB of token nodes at most), the least recently used dropped first.
 */
const memo = new HighlightMemo<ElementContent[]>(500_000);

/**
 * The name to highlight a fence as, loading its grammar on first use; `text` for plain or unknown
 * languages (never an error).
 */
async function resolveLanguage(shiki: HighlighterCore, language: string | undefined): Promise<string> {
  if (!language || PLAIN.has(language.toLowerCase())) return 'text';
  const name = language.toLowerCase();
  const grammar = GRAMMAR_OF[name] ?? name;
  const load = GRAMMARS[grammar];
  if (!load) return 'text';
  let loaded = loading.get(grammar);
  if (!loaded)
    loading.set(grammar, (loaded = load().then((module) => shiki.loadLanguage(...module.default))));
  await loaded;
  return shiki.getLoadedLanguages().includes(name) ? name : grammar;
}

/**
 * Highlights fenced code at build time with Shiki, so no script runs in the page: each token becomes a
 * span with an inline colour. Unknown languages come out as plain text, never an error. The markup is
 * `<pre class="shiki"><code class="language-x"><span class="line">…</span>\n…</code></pre>`: lines stay
 * plain text between spans, so the theme's `white-space: pre-wrap` still wraps long lines. Runs after the
 * sanitizer (the inline colours are ours) and after math and diagrams have taken their blocks. The fence
 * meta comes from `code.data.meta`, or from remarkCodeMeta when rehype-raw has dropped it.
 */
export function rehypeHighlightCode(options: HighlightCodeOptions = {}) {
  const settings = { ...defaults, ...options };
  return async (tree: Root, file: VFile): Promise<void> => {
    const blocks: Array<{ pre: Element; code: Element }> = [];
    visit(tree, 'element', (pre: Element) => {
      if (pre.tagName !== 'pre') return;
      const elements = pre.children.filter((c): c is Element => c.type === 'element');
      if (elements.length === 1 && elements[0]!.tagName === 'code') blocks.push({ pre, code: elements[0]! });
    });
    if (blocks.length === 0) return;
    const shiki = await loadHighlighter();
    for (const { pre, code } of blocks) {
      const declared = codeLanguage(code);
      if (declared === 'math' || declared === 'mermaid') continue;
      const language = await resolveLanguage(shiki, declared);
      const text = toString(code).replace(/\n$/, '');
      let lines = memo.highlighted(language, text, () => {
        try {
          return highlightedLines(shiki, text, language);
        } catch {
          return highlightedLines(shiki, text, 'text');
        }
      });
      const offset = pre.position?.start.offset;
      const meta = code.data?.meta ?? (offset === undefined ? undefined : file.data.codeMeta?.[offset]) ?? '';
      const start = parseLineNumbers(meta, settings.lineNumbers);
      const preClasses = ['shiki'];
      const codeProperties: Element['properties'] = declared ? { className: [`language-${declared}`] } : {};
      if (start !== undefined) {
        preClasses.push('line-numbers');
        lines = numberLines(lines, start);
        codeProperties.style = `--line-number-width: ${String(start + lines.length - 1).length}ch`;
      }
      pre.properties = { className: preClasses, ...(declared ? { dataLanguage: declared } : {}) };
      pre.children = [{ type: 'element', tagName: 'code', properties: codeProperties, children: lines }];
      markHighlightedCode(pre);
    }
  };
}
