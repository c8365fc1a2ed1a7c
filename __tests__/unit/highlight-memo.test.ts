import { describe, expect, it } from 'vitest';
import { HighlightMemo } from '../../src/markdown/plugins/highlight-memo.js';
import { markdownToHtml } from '../../src/markdown/processor.js';

describe('HighlightMemo', () => {
  it('highlights a text once and hands out a copy of the result after that', () => {
    const memo = new HighlightMemo<{ tokens: string[] }>(100);
    let calls = 0;
    const highlight = () => ({ tokens: [`call ${++calls}`] });
    const first = memo.highlighted('go', 'x := 1', highlight);
    const again = memo.highlighted('go', 'x := 1', highlight);
    expect(calls).toBe(1);
    expect(again).toEqual(first);
    again.tokens.push('changed by the tree it joined');
    expect(memo.highlighted('go', 'x := 1', highlight)).toEqual({ tokens: ['call 1'] });
  });

  it('tells languages apart', () => {
    const memo = new HighlightMemo<string>(100);
    expect(memo.highlighted('go', 'a', () => 'as go')).toBe('as go');
    expect(memo.highlighted('rust', 'a', () => 'as rust')).toBe('as rust');
    expect(memo.highlighted('go', 'a', () => 'again')).toBe('as go');
  });

  it('keeps at most maxChars characters of text, dropping the least recently used first', () => {
    const memo = new HighlightMemo<string>(10);
    memo.highlighted('t', 'aaaa', () => 'A');
    memo.highlighted('t', 'bbbb', () => 'B');
    memo.highlighted('t', 'aaaa', () => 'not kept'); // `aaaa` is now the most recently used
    memo.highlighted('t', 'cccc', () => 'C'); // 12 characters: `bbbb` goes
    expect(memo.size).toEqual({ entries: 2, chars: 8 });
    expect(memo.highlighted('t', 'aaaa', () => 'dropped')).toBe('A');
    expect(memo.highlighted('t', 'bbbb', () => 'B again')).toBe('B again');
    expect(memo.highlighted('t', 'x'.repeat(11), () => 'too long')).toBe('too long');
    expect(memo.size.chars).toBeLessThanOrEqual(10);
  });
});

describe('highlighted code in the pipeline', () => {
  it('gives the same block the same markup each time, line numbers only where asked', async () => {
    const block = 'fmt.Println("a")\nfmt.Println("b")';
    const { html } = await markdownToHtml(
      `\`\`\`go showLineNumbers\n${block}\n\`\`\`\n\n\`\`\`go\n${block}\n\`\`\`\n\n\`\`\`go showLineNumbers\n${block}\n\`\`\`\n`,
      'f',
    );
    const blocks = html.match(/<pre[\s\S]*?<\/pre>/g)!;
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toContain('line-number');
    expect(blocks[1]).not.toContain('line-number');
    expect(blocks[2]).toBe(blocks[0]);
    expect(blocks[0]!.match(/class="line-number"/g)).toHaveLength(2);
  });

  it('marks the highlighted block itself and everything after it: only the token spans are skipped', async () => {
    const { html } = await markdownToHtml(
      '```go\n// 接続 ✓\nx := 1\n```\n\n> [!NOTE]\n> After the code.\n\n## After ![i](after.png)\n\n<details><summary>s</summary>d</details>\n',
      'f',
    );
    expect(html).toMatch(/<pre class="shiki" data-language="go" data-line="2">/);
    expect(html).toContain('markdown-alert-note');
    expect(html).toMatch(/<img src="after.png"[^>]* data-line="9"/);
    expect(html).toContain('<details open>');
    expect(html).toContain('<a href="#after-"></a>');
  });

  it('still looks inside an author\'s own <pre class="shiki">: only blocks we highlighted are skipped', async () => {
    const { assets, html } = await markdownToHtml(
      '# T\n\n<pre class="shiki"><img src="inside.png" alt="i"></pre>\n\n```go\nx := 1\n```\n',
      'f',
    );
    expect(assets).toEqual([{ url: 'inside.png', line: 3 }]);
    expect(html).toMatch(/<img src="inside.png"[^>]* data-line="3"/);
  });
});
