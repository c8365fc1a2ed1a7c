import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/markdown/processor.js';

const html = async (source: string) => (await markdownToHtml(source, 'f')).html;

describe('markdownToHtml: GitHub-flavoured Markdown', () => {
  it('renders tables, task lists, strikethrough, autolinks and footnotes', async () => {
    const out = await html(
      '| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~old~~ www.example.com\n\nNote[^1].\n\n[^1]: The note.\n',
    );
    expect(out).toContain('<table>');
    expect(out).toContain('<th>a</th>');
    expect(out).toMatch(/<input type="checkbox" checked disabled>/);
    expect(out).toContain('<del>old</del>');
    expect(out).toContain('<a href="http://www.example.com">www.example.com</a>');
    // Footnote ids carry the user-content- prefix exactly once, and the reference points at them.
    expect(out).toContain('id="user-content-fn-1"');
    expect(out).toContain('href="#user-content-fn-1"');
    expect(out).not.toContain('user-content-user-content');
  });

  it('gives headings GitHub slugs', async () => {
    expect(await html('## Plans for Next Week\n\n## Plans for Next Week\n')).toContain(
      '<h2 id="plans-for-next-week-1">',
    );
  });

  it('makes #anchor links reach ids written in raw HTML', async () => {
    const out = await html('<a id="here"></a>\n\n[jump](#here)\n');
    expect(out).toContain('id="user-content-here"');
    expect(out).toContain('href="#user-content-here"');
  });
});

describe('markdownToHtml: raw HTML is sanitized', () => {
  it('keeps harmless HTML that reports use', async () => {
    const out = await html(
      '<details><summary>More</summary>\n\nHidden *text*\n\n</details>\n\nPress <kbd>Ctrl</kbd>, x<sup>2</sup>, <img src="a.png" alt="A" width="40" height="20">\n',
    );
    // Printed open: paper cannot be clicked (rehype-details-open.ts).
    expect(out).toContain('<details open>');
    expect(out).toContain('<summary>More</summary>');
    expect(out).toContain('<kbd>Ctrl</kbd>');
    expect(out).toContain('<sup>2</sup>');
    expect(out).toMatch(/<img src="a.png" alt="A" width="40" height="20"[^>]*>/);
  });

  it('removes scripts, event handlers, javascript: URLs, frames and styles', async () => {
    const out = await html(
      [
        '<script>alert(1)</script>',
        '<img src="x.png" onerror="alert(2)">',
        '<a href="javascript:alert(3)">x</a>',
        '<iframe src="https://example.com"></iframe>',
        '<object data="file:///etc/passwd"></object>',
        '<embed src="x.swf">',
        '<meta http-equiv="refresh" content="0;url=https://example.com">',
        '<link rel="stylesheet" href="https://example.com/x.css">',
        '<style>body{display:none}</style>',
        '<p style="position:fixed">styled</p>',
      ].join('\n\n'),
    );
    for (const banned of [
      '<script',
      'onerror',
      'javascript:',
      '<iframe',
      '<object',
      '<embed',
      '<meta',
      '<link',
      '<style',
      'style=',
    ]) {
      expect(out).not.toContain(banned);
    }
    expect(out).toContain('styled');
  });
});

describe('markdownToHtml: assets', () => {
  it('lists the images a document loads with their lines', async () => {
    const { assets } = await markdownToHtml(
      '# T\n\ntext\n\n![diagram](img/a.png)\n\n<img src="b.svg" alt="b">\n',
      'f',
    );
    expect(assets).toEqual([
      { url: 'img/a.png', line: 5 },
      { url: 'b.svg', line: 7 },
    ]);
  });
});
