import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFrontMatterFence, parseFrontMatter, readFrontMatter } from '../../src/markdown/front-matter.js';
import { DocumentError } from '../../src/shared/errors.js';
import { markdownToHtml } from '../../src/markdown/processor.js';

/** A "billion laughs": nine levels of nine aliases each, 9^9 strings if expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const levels = 'abcdefghi';
  for (let i = 1; i < levels.length; i++) {
    lines.push(
      `${levels[i]}: &${levels[i]} [${Array(9)
        .fill(`*${levels[i - 1]}`)
        .join(',')}]`,
    );
  }
  return lines.join('\n') + '\ntitle: *i\n';
}

describe('front matter is data', () => {
  it('stops a YAML alias bomb quickly, with a clear error at the first line of the front matter', () => {
    // The alias count stops it (the message says so), not a clock: the test runner's time limit
    // catches a parser that would expand the bomb.
    let error: unknown;
    try {
      parseFrontMatter(aliasBomb(), 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).line).toBe(2);
    expect((error as DocumentError).message).toBe(
      'front matter expands YAML aliases (*name) more than 50 times, the pattern of a "billion laughs" attack; write the values out instead of aliasing them',
    );
  });

  it('still allows a few aliases', () => {
    expect(parseFrontMatter('owner: &o Dana\nreviewer: *o\n', 2)).toEqual({
      owner: 'Dana',
      reviewer: 'Dana',
    });
  });

  it('runs nothing: code-like tags stay strings, and __proto__ is an ordinary key', () => {
    const data = parseFrontMatter(
      'title: !!js/function "function () { process.exit(1) }"\nx: !!python/object:os.system ls\n__proto__: { toc: true }\n',
      2,
    );
    expect(data.title).toBe('function () { process.exit(1) }');
    expect(data.x).toBe('ls');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect((data as { toc?: unknown }).toc).toBeUndefined();
    expect(({} as { toc?: unknown }).toc).toBeUndefined();
  });

  it('never runs ---js front matter: the document says why, and shows the block as text', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-fm-')), 'ran.txt');
    const source = `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n\n# Safe\n`;
    expect(checkFrontMatterFence(source)).toEqual({
      message:
        'front matter opened with `---js` is not read and never run: only YAML front matter between `---` lines is; the block is shown as text',
      line: 1,
    });
    const { html, metadata } = await markdownToHtml(source, 'fallback');
    expect(fs.existsSync(marker)).toBe(false);
    expect(metadata.title).toBe('Safe');
    expect(html).toContain('writeFileSync');
  });

  it('names ---coffee too, and stays quiet about ordinary documents and TOML (which is read)', () => {
    expect(checkFrontMatterFence('+++\ntitle = "x"\n+++\n')).toBeUndefined();
    expect(checkFrontMatterFence('---coffee\nx\n---\n')?.message).toMatch(/`---coffee`/);
    for (const source of [
      '---\ntitle: x\n---\n',
      '# Title\n',
      '',
      '---\n',
      '--- \n',
      '----\n',
      'text\n---js\n',
    ])
      expect(checkFrontMatterFence(source), JSON.stringify(source)).toBeUndefined();
  });
});

describe('a leading block that is not front matter', () => {
  it('renders --- / Foo / --- / Bar as CommonMark does (spec example 96), with a warning that says why', async () => {
    const { html, metadata, warnings } = await markdownToHtml('---\nFoo\n---\nBar\n', 'fallback');
    // (then the hidden list that makes every heading a named destination)
    expect(html).toMatch(
      /^<hr>\n<h2 id="foo">Foo<\/h2>\n<p>Bar<\/p><nav hidden class="md-pdf-destinations">/,
    );
    expect(metadata.title).toBe('Foo'); // the first heading names the document and stays in the body
    expect(warnings).toEqual([
      {
        message:
          'the leading `---` block is not front matter (it holds a single string, not key: value lines), so it is rendered as Markdown, as CommonMark reads it: a thematic break and what follows',
        line: 1,
      },
    ]);
  });

  it('reads a list, or comments only, as Markdown too: nothing of the block is lost', async () => {
    const list = await markdownToHtml('---\n- one\n- two\n---\ntext\n', 'f');
    expect(list.html).toContain('<li>one</li>');
    expect(list.warnings[0]?.message).toContain('it holds a list');
    const comments = await markdownToHtml('---\n# Heading\n---\n', 'f');
    expect(comments.html).toContain('Heading');
    expect(comments.warnings[0]?.message).toContain('only comments');
  });

  it('still fails a mapping with a syntax error, at the line of the error', () => {
    let error: unknown;
    try {
      readFrontMatter('---\ntitle: ok\nowner: Dana\nbad: [unclosed\n---\n# T\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toMatch(/^front matter is not valid YAML/);
    expect((error as DocumentError).line).toBeGreaterThanOrEqual(4);
  });

  it('still fails an alias bomb: it is meant as front matter, and is no syntax error', () => {
    expect(() => readFrontMatter(`---\n${aliasBomb()}---\n# T\n`)).toThrow(/billion laughs/);
  });

  it('keeps empty front matter as front matter', () => {
    expect(readFrontMatter('---\n---\n# T\n')).toEqual({ kind: 'yaml', close: '---', data: {} });
  });
});

describe('TOML front matter (+++)', () => {
  it('is read as metadata and taken out of the body', async () => {
    const source =
      '+++\ntitle = "Hugo page"\ndate = 2024-03-01\ntags = ["ops", "db"]\nauthor = "Dana"\ntoc = true\n+++\n\nBody text.\n';
    const { html, metadata, warnings } = await markdownToHtml(source, 'fallback');
    expect(warnings).toEqual([]);
    expect(html).toBe('<p>Body text.</p>');
    expect(metadata.title).toBe('Hugo page');
    expect(metadata.date).toBe('2024-03-01');
    expect(metadata.author).toBe('Dana');
    expect(metadata.keywords).toEqual(['ops', 'db']);
    expect(metadata.options).toEqual({ toc: true });
  });

  it('fails invalid TOML at its document line', () => {
    let error: unknown;
    try {
      readFrontMatter('+++\ntitle = "ok"\nbroken = \n+++\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toMatch(/^front matter is not valid TOML: /);
    expect((error as DocumentError).line).toBe(3);
  });

  it('is data only: a TOML table named __proto__ is an ordinary key', () => {
    const matter = readFrontMatter('+++\n[__proto__]\ntoc = true\n+++\n');
    expect(matter.kind).toBe('toml');
    expect(({} as { toc?: unknown }).toc).toBeUndefined();
  });
});
