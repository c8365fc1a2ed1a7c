import YAML from 'yaml';

/** Which line closes the front matter: YAML's `---`, or pandoc's `...` (the CommonMark spec uses it). */
export type FrontMatterClose = '---' | '...';

/** A problem in a document, with the 1-based line it is on when known. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

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
 * run: two md-to-pdf CVEs came from it) or TOML's `+++`. Nothing of it is executed or parsed; Markdown
 * shows it as text, and the author learns why. Returns the warning for line 1, or undefined.
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
  if (first === '+++') {
    return {
      message:
        'TOML front matter (`+++`) is not read; it is shown as text. Write it as YAML between `---` lines',
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
    throw new DocumentError(
      `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
      line === undefined ? firstLine : firstLine + line - 1,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    if (!/alias/i.test(reason))
      throw new DocumentError(`front matter could not be read: ${reason}`, firstLine);
    throw new DocumentError(
      `front matter expands YAML aliases (*name) more than ${MAX_ALIASES} times, the pattern of a "billion ` +
        'laughs" attack; write the values out instead of aliasing them',
      firstLine,
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DocumentError('front matter must be a mapping of keys to values (key: value)', firstLine);
  }
  return data as Record<string, unknown>;
}
