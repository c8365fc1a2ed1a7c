import { WORKSPACE_ORIGIN } from '../../src/shared/origins.js';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/markdown/processor.js';
import type { LinkContext } from '../../src/markdown/processor.js';
import { pdfPathFor, relativeReference } from '../../src/markdown/plugins/rehype-document-links.js';
import { releaseAssetUrls } from '../../src/publish/release.js';
import { readRunContext, repositoryFileUrl } from '../../src/shared/run-context.js';
import { linkChapters, namespaceBody, parseBody, serializeBody } from '../../src/document/body-html.js';
import { outputPathFor } from '../../src/engine/discover.js';

const CONVERTED = new Set(['reports/incident.md', 'reports/follow-up.md', 'handbook/run book.md', 'v1.2.md']);
const context = (extra: Partial<LinkContext> = {}): LinkContext => ({
  source: 'reports/incident.md',
  converted: CONVERTED,
  ...extra,
});
const convert = (markdown: string, extra?: Partial<LinkContext>) =>
  markdownToHtml(markdown, 'incident', context(extra));

describe('links between documents', () => {
  it('points to a converted document’s PDF by a relative reference that keeps the fragment', async () => {
    const { html, links, warnings } = await convert(
      '[a](follow-up.md#timeline) [b](../handbook/run%20book.md#restart) [c](/reports/follow-up.md) [d](../v1.2.md)',
    );
    expect(html).toContain('href="./follow-up.pdf#timeline"');
    expect(html).toContain('href="../handbook/run%20book.pdf#restart"');
    expect(html).toContain('href="./follow-up.pdf"');
    expect(html).toContain('href="../v1.2.pdf"');
    expect(html).toContain('data-md-pdf-target="handbook/run book.md"');
    expect(links.map((l) => l.target)).toEqual([
      'reports/follow-up.md',
      'handbook/run book.md',
      'reports/follow-up.md',
      'v1.2.md',
    ]);
    expect(warnings).toEqual([]);
  });

  it('leaves web links, mail links and in-document links alone; a link to itself stays inside', async () => {
    const { html, links } = await convert(
      '[w](https://example.com/x.md) [m](mailto:a@b.c) [p](//cdn.example/x.md) [h](#top) [s](incident.md#top)',
    );
    expect(html).toContain('href="https://example.com/x.md"');
    expect(html).toContain('href="mailto:a@b.c"');
    expect(html).toContain('href="//cdn.example/x.md"');
    expect(html.match(/href="#top"/g)).toHaveLength(2);
    expect(links).toEqual([]);
  });

  it('links a file not converted to the repository at the built commit, in a GitHub run', async () => {
    const base = 'https://github.com/octo/docs/blob/abc/';
    const { html, warnings } = await convert('[n](../notes/a%20b.md#x) [c](data.csv)', {
      repositoryFileUrl: base,
    });
    expect(html).toContain(`href="${base}notes/a%20b.md#x"`);
    expect(html).toContain(`href="${base}reports/data.csv"`);
    expect(warnings).toEqual([]);
  });

  it('elsewhere keeps the link text as text, with a warning at its line', async () => {
    const { html, warnings } = await convert('Intro.\n\nSee the [scratch *notes*](../notes/scratch.md).\n');
    expect(html).toContain('<p>See the scratch <em>notes</em>.</p>');
    expect(warnings).toEqual([
      { line: 3, message: expect.stringContaining('the link to ../notes/scratch.md is printed as text') },
    ]);
  });

  it('links to the release assets when the documents are published there, one by one', async () => {
    const urls = releaseAssetUrls({ serverUrl: 'https://github.com', owner: 'octo', repo: 'docs' }, 'v1.0', [
      { source: 'reports/incident.md', relativePdf: 'reports/incident.pdf' },
      { source: 'reports/follow-up.md', relativePdf: 'reports/follow-up.pdf' },
    ]);
    const asset = 'https://github.com/octo/docs/releases/download/v1.0/reports-follow-up.pdf';
    expect(urls.get('reports/follow-up.md')).toBe(asset);
    const { html } = await convert('[a](follow-up.md#timeline)', { publishedPdfUrls: urls });
    expect(html).toContain(`href="${asset}#timeline"`);
    expect(html).toContain('data-md-pdf-target="reports/follow-up.md"');
  });

  it('writes relative references a viewer cannot take for a host name', () => {
    expect(relativeReference('a/b.pdf', 'a/v1.2.pdf')).toBe('./v1.2.pdf');
    expect(relativeReference('a/b.pdf', 'c/d.pdf')).toBe('../c/d.pdf');
    expect(relativeReference('b.pdf', 'c/d.pdf')).toBe('./c/d.pdf');
    expect(pdfPathFor('a/notes.markdown')).toBe('a/notes.pdf');
  });

  it('names the PDF as written when a long file name is cut to fit the file system', async () => {
    // 80 CJK characters: 240 bytes, too long once `.pdf` and a temporary suffix are added.
    const long = `reports/${'事故報告'.repeat(20)}.md`;
    const written = outputPathFor(long, '/out').slice('/out/'.length);
    expect(written).toMatch(/^reports\/[事故報告]+~[\da-f]{8}\.pdf$/);
    expect(pdfPathFor(long)).toBe(written);
    const { html } = await convert(`[long](${long.slice('reports/'.length)}#a)`, {
      converted: new Set([...CONVERTED, long]),
    });
    expect(html).toContain(`href="./${encodeURIComponent(written.slice('reports/'.length))}#a"`);
  });

  it('links documents of a book inside the book, to the heading of the right chapter or its title', () => {
    const chapter = (source: string, html: string, n: number) => ({
      source,
      prefix: `c${n}-`,
      tree: namespaceBody(parseBody(html), `c${n}-`, `${WORKSPACE_ORIGIN}/${source}.html`),
      titleId: `md-pdf.title.${n}`,
    });
    const chapters = [
      chapter(
        'reports/incident.md',
        '<a href="./follow-up.pdf#timeline" data-md-pdf-target="reports/follow-up.md">a</a>' +
          '<a href="./follow-up.pdf#nowhere" data-md-pdf-target="reports/follow-up.md">b</a>' +
          '<a href="../other.pdf" data-md-pdf-target="other.md">c</a><h2 id="timeline">T</h2>',
        1,
      ),
      chapter('reports/follow-up.md', '<h2 id="timeline">Timeline</h2>', 2),
    ];
    linkChapters(chapters);
    const html = serializeBody(chapters[0]!.tree);
    expect(html).toContain('<a href="#c2-timeline">a</a>');
    expect(html).toContain('<a href="#md-pdf.title.2">b</a>');
    expect(html).toContain(`href="${WORKSPACE_ORIGIN}/other.pdf"`);
  });

  it("builds the repository file URL from the run's server, repository and built commit", () => {
    expect(
      repositoryFileUrl(
        readRunContext({
          GITHUB_REPOSITORY: 'octo/docs',
          GITHUB_SHA: 'abc',
          GITHUB_SERVER_URL: 'https://ghe.example/',
        }),
      ),
    ).toBe('https://ghe.example/octo/docs/blob/abc/');
    expect(repositoryFileUrl(readRunContext({}))).toBeUndefined();
  });
});
