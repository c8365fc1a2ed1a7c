import { parse as parseToml, TomlError } from 'smol-toml';
import YAML from 'yaml';
import {
  DocumentError,
  errorMessage,
  FrontMatterNotMappingError,
  FrontMatterSyntaxError,
} from '../shared/errors.js';

/** Which line closes the front matter: YAML's `---`, or pandoc's `...` (the CommonMark spec uses it). */
export type FrontMatterClose = '---' | '...';

/**
 * Finds which fence closes a front matter block that opens on the first line, by taking whichever of
 * `---` and `...` comes first (remark-frontmatter would otherwise run on to a later `---` thematic break).
 */
export function findFrontMatterClose(source: string): FrontMatterClose | undefined {
  const lines = source.split(/\r?\n/, 5000);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') return line;
  }
  return undefined;
}

/**
 * Warns about front matter in a form we never read: gray-matter's `---js` / `---coffee` (code that would
 * run: two md-to-pdf CVEs came from it). Nothing of it is executed or parsed; Markdown shows it as text,
 * and the author learns why. Returns the warning for line 1, or undefined.
 */
export function checkFrontMatterFence(source: string): { message: string; line: number } | undefined {
  const first = /^[^\r\n]*/.exec(source)![0].trimEnd();
  const engine = /^---[ \t]*([A-Za-z][\w-]*)$/.exec(first)?.[1];
  if (engine) {
    return {
      message:
        `front matter opened with \`---${engine}\` is not read and never run: only YAML front matter ` +
        'between `---` lines is; the block is shown as text',
      line: 1,
    };
  }
  return undefined;
}

/**
 * Aliases a document may expand. Real front matter uses none or a handful; a "billion laughs" bomb needs
 * thousands, and the yaml package stops with an error past this count instead of building the bomb.
 */
const MAX_ALIASES = 50;

/**
 * Parses front matter as plain YAML data: no custom tags, no code, no includes (we never use gray-matter,
 * whose `---js` engine runs code). Returns a plain object; anything else is a DocumentError with its line.
 * @param firstLine line of the document the YAML text starts on, so errors point at the right line.
 */
export function parseFrontMatter(yamlText: string, firstLine: number): Record<string, unknown> {
  const doc = YAML.parseDocument(yamlText, {
    schema: 'core',
    customTags: [],
    uniqueKeys: true,
    prettyErrors: true,
  });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new FrontMatterSyntaxError(
      `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
      line === undefined ? firstLine : firstLine + line - 1,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    const reason = errorMessage(cause);
    if (!/alias/i.test(reason))
      throw new DocumentError(`front matter could not be read: ${reason}`, firstLine);
    throw new DocumentError(
      `front matter expands YAML aliases (*name) more than ${MAX_ALIASES} times, the pattern of a "billion ` +
        'laughs" attack; write the values out instead of aliasing them',
      firstLine,
    );
  }
  if (data === null || data === undefined) {
    // Blank is an empty mapping; `~` or comments only is text that is not front matter.
    if (yamlText.trim() === '') return {};
    throw new FrontMatterNotMappingError('an empty value (only comments or null)', firstLine);
  }
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    const found = Array.isArray(data)
      ? 'a list'
      : `a single ${typeof data === 'object' ? 'date' : typeof data}`;
    throw new FrontMatterNotMappingError(found, firstLine);
  }
  return data as Record<string, unknown>;
}

/**
 * Parses TOML front matter (Hugo's `+++` blocks) with smol-toml: TOML is data only (no tags, no code,
 * no aliases), so it is as safe to read as YAML's core schema. Errors point at their document line.
 * @param firstLine line of the document the TOML text starts on.
 */
export function parseTomlFrontMatter(tomlText: string, firstLine: number): Record<string, unknown> {
  try {
    return parseToml(tomlText) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    throw new FrontMatterSyntaxError(`front matter is not valid TOML: ${reason}`, firstLine + error.line - 1);
  }
}

/** What leads a document: front matter to read (and which fence closes it), or none. */
export type FrontMatter =
  | { kind: 'yaml'; close: FrontMatterClose; data: Record<string, unknown> }
  | { kind: 'toml'; data: Record<string, unknown> }
  | {
      kind: 'none';
      /** Why a leading `---` block is read as Markdown instead (line 1). */
      warning?: { message: string; line: number };
    };

/** A line that reads as `key: value` (or `key:`), the sign that a block was meant as a YAML mapping. */
const MAPPING_LINE = /^[ \t]*[^\s#:-][^:\n]*:(?:[ \t]|$)/m;

/**
 * Reads a document's front matter, before Markdown parsing, to decide what its leading block is.
 * - `+++` … `+++`: TOML front matter; invalid TOML fails the file with its line.
 * - `---` … `---` (or `...`) holding a YAML mapping: YAML front matter.
 * - a `---` block that is not a mapping (`---` / `Foo` / `---` is a thematic break and a heading in
 *   CommonMark, spec example 96), or whose text has a syntax error and no `key:` line: Markdown, with a
 *   warning that says why. A block with a `key:` line and a syntax error was meant as front matter: it
 *   fails the file at the error's line.
 */
export function readFrontMatter(source: string): FrontMatter {
  const lines = source.split(/\r?\n/, 5000);
  const open = lines[0]?.trimEnd();
  if (open === '+++') {
    const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '+++');
    if (end === -1) return { kind: 'none' };
    return { kind: 'toml', data: parseTomlFrontMatter(lines.slice(1, end).join('\n'), 2) };
  }
  const close = findFrontMatterClose(source);
  if (open !== '---' || !close) return { kind: 'none' };
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === close);
  const text = lines.slice(1, end).join('\n');
  try {
    return { kind: 'yaml', close, data: parseFrontMatter(text, 2) };
  } catch (error) {
    const notMeant =
      error instanceof FrontMatterNotMappingError ||
      (error instanceof FrontMatterSyntaxError && !MAPPING_LINE.test(text));
    if (!notMeant) throw error;
    const found = error instanceof FrontMatterNotMappingError ? error.found : 'text that is not valid YAML';
    return {
      kind: 'none',
      warning: {
        message:
          `the leading \`---\` block is not front matter (it holds ${found}, not key: value lines), so it ` +
          'is rendered as Markdown, as CommonMark reads it: a thematic break and what follows',
        line: 1,
      },
    };
  }
}
