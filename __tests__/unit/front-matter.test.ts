import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFrontMatterFence, DocumentError, parseFrontMatter } from '../../src/markdown/front-matter.js';
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

  it('names TOML front matter too, and stays quiet about ordinary documents', () => {
    expect(checkFrontMatterFence('+++\ntitle = "x"\n+++\n')?.message).toMatch(/^TOML front matter/);
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
