// The hostile-document suite: every document in __tests__/fixtures/hostile/workspace is converted by the
// real engine (real Chromium) while a canary server listens on 127.0.0.1. No document may reach it, run
// code, read outside the workspace or stop the others from being written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/engine/convert.js';
import type { FileResult } from '../../src/engine/results.js';
import type { RejectedFile } from '../../src/engine/discover.js';
import { markdownToHtml } from '../../src/markdown/processor.js';
import { formatProblem } from '../../src/markdown/report-format.js';
import { normalizeText, readPdf, wordsOutsidePage } from '../helpers/pdf.js';
import type { PdfContents } from '../helpers/pdf.js';
import { renderFolder, tempDir, testOptions } from '../helpers/render.js';
import {
  HOSTILE_DIR,
  imageSizes,
  INSIDE_IMAGE,
  listFiles,
  OUTSIDE_IMAGE,
  prepareHostileWorkspace,
  squash,
  startCanary,
} from './support.js';
import type { Canary, HostileWorkspace } from './support.js';

/** Built from halves, like the payloads do: the word itself appears in no fixture. */
const SCRIPT_MARKER = ['PW', 'NED'].join('');
const MAX_FILE_SIZE = 1024 * 1024;
const SOURCE_DATE = new Date('2025-02-03T04:05:06Z');

/** Text that must never show in any PDF: other files' contents. */
const NEVER_SHOWN = ['root:x:0:0', 'OUTSIDE-SECRET', 'WORKSPACE-TOKEN-TEXT'];

interface Run {
  results: FileResult[];
  rejected: RejectedFile[];
  out: string;
  seconds: number;
}

let canary: Canary;
let hostile: HostileWorkspace;
let batch: Run;
const pdfs = new Map<string, PdfContents>();

function result(run: Run, source: string): FileResult {
  const found = run.results.find((r) => r.source === source);
  if (!found) throw new Error(`${source} was not converted`);
  return found;
}

function written(run: Run, source: string): FileResult {
  const r = result(run, source);
  expect(r.error, `${source} failed`).toBeUndefined();
  expect(r.status).toBe('written');
  return r;
}

async function pdfOf(source: string): Promise<PdfContents> {
  let pdf = pdfs.get(source);
  if (!pdf) pdfs.set(source, (pdf = await readPdf(written(batch, source).pdf!)));
  return pdf;
}

/** `file:line: message`, as the annotations and the CLI print a warning. */
function warningLines(r: FileResult): string[] {
  return r.warnings.map((w) => formatProblem(r.source, w));
}

async function convertWorkspace(
  patterns: string[],
  overrides: Parameters<typeof renderFolder>[3],
): Promise<Run> {
  const out = tempDir('hostile-out');
  const started = Date.now();
  const { results, rejected } = await renderFolder(hostile.workspace, patterns, out, overrides);
  return { results, rejected, out, seconds: (Date.now() - started) / 1000 };
}

beforeAll(async () => {
  canary = await startCanary();
  hostile = prepareHostileWorkspace(canary);
  // Too large for the limit below; its content never matters, it is refused before it is read.
  fs.writeFileSync(
    path.join(hostile.workspace, 'oversized.md'),
    '# Oversized\n\n' + 'x'.repeat(1.5 * MAX_FILE_SIZE),
  );
  batch = await convertWorkspace(['**/*.md'], { maxFileSize: MAX_FILE_SIZE, sourceDate: SOURCE_DATE });
});

afterAll(async () => {
  await canary?.close();
  if (hostile) fs.rmSync(hostile.root, { recursive: true, force: true });
  if (batch) fs.rmSync(batch.out, { recursive: true, force: true });
});

describe('a batch of hostile documents', () => {
  it('never reaches the canary, in any way', () => {
    expect(canary.requests).toEqual([]);
    expect(canary.connections).toBe(0);
  });

  it('writes every good file, fails each bad file alone, and leaves no partial or temporary file', () => {
    const failed = batch.results.filter((r) => r.status === 'failed').map((r) => r.source);
    expect(failed.sort()).toEqual(['alias-bomb.md', 'binary-junk.md', 'oversized.md']);
    const expected = batch.results
      .filter((r) => r.status === 'written')
      .map((r) => path.relative(batch.out, r.pdf!).split(path.sep).join('/'))
      .sort();
    expect(expected).toContain('good.pdf');
    expect(expected).toContain('scripts.pdf');
    // Exactly the written PDFs are on disk: no .tmp, nothing for the failed files.
    expect(listFiles(batch.out)).toEqual(expected);
    expect(batch.results).toHaveLength(19);
  });

  it('sanitizes every hostile document to harmless HTML before the browser sees it', async () => {
    const FORBIDDEN_TAGS = [
      'script',
      'iframe',
      'frame',
      'object',
      'embed',
      'meta',
      'link',
      'style',
      'base',
      'form',
    ];
    const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data', 'background'];
    // Start tags as rehype-stringify writes them: attribute values are double-quoted and contain no `"`.
    const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*\/?>/g;
    const ATTRIBUTE = /\s+([^\s"'=<>/]+)(?:="([^"]*)")?/g;
    const sources = fs.readdirSync(path.join(HOSTILE_DIR, 'workspace')).filter((f) => f.endsWith('.md'));
    expect(sources.length).toBeGreaterThan(10);
    for (const name of sources) {
      const text = fs.readFileSync(path.join(HOSTILE_DIR, 'workspace', name), 'utf8');
      const html = await markdownToHtml(text, name).then(
        (r) => r.html,
        () => '',
      );
      for (const [, tag, attributes] of html.matchAll(TAG)) {
        expect(FORBIDDEN_TAGS, `${name}: <${tag}>`).not.toContain(tag!.toLowerCase());
        expect(tag!.toLowerCase(), name).not.toBe('foreignobject');
        for (const [, attribute, value] of attributes!.matchAll(ATTRIBUTE)) {
          expect(attribute, `${name}: <${tag} ${attribute}>`).not.toMatch(/^on/i);
          if (URL_ATTRIBUTES.includes(attribute!.toLowerCase()))
            expect(value ?? '', `${name}: <${tag} ${attribute}>`).not.toMatch(
              /^\s*(javascript|vbscript|file|data):/i,
            );
        }
      }
    }
  });

  it('runs no script in any form', async () => {
    for (const source of ['scripts.md', 'diagrams-and-math.md', 'unclosed.md', 'file-urls.md']) {
      const pdf = await pdfOf(source);
      expect(pdf.text, source).not.toContain(SCRIPT_MARKER);
      expect(String(pdf.info.Title)).not.toContain(SCRIPT_MARKER);
    }
    // The sanitized document still has its harmless parts.
    const text = normalizeText((await pdfOf('scripts.md')).text);
    expect(text).toContain('Details with ontoggle');
    expect(text).toContain('A plain link to the canary');
    expect(text).toContain('The end of the scripts document.');
  });

  it('shows nothing of a file outside the workspace, nor of a workspace file that is not an image', async () => {
    for (const r of batch.results.filter((x) => x.status === 'written')) {
      const pdf = await pdfOf(r.source);
      for (const secret of NEVER_SHOWN) expect(pdf.text, `${r.source} shows ${secret}`).not.toContain(secret);
    }
    const refused = warningLines(result(batch, 'file-urls.md'));
    expect(refused).toContainEqual(
      expect.stringMatching(
        /^file-urls\.md:27: could not load notes\/token\.txt: only images, fonts and stylesheets/,
      ),
    );
  });

  it('refuses ../ and symlinked images that leave the workspace, with a warning at file:line, and still writes the PDF', async () => {
    const r = written(batch, 'escape.md');
    const lines = warningLines(r);
    expect(lines).toContainEqual(
      expect.stringMatching(/^escape\.md:5: could not load images\/leak\.png: .*symlink/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^escape\.md:7: could not load images\/outside-dir\/secret\.png: .*symlink/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^escape\.md:9: could not load \.\.\/outside\/secret\.png: /),
    );
    // The image inside the workspace is there; the one outside is not, by any path.
    expect(await imageSizes(r.pdf!)).toEqual([`${INSIDE_IMAGE.width}x${INSIDE_IMAGE.height}`]);
    expect(await imageSizes(r.pdf!)).not.toContain(`${OUTSIDE_IMAGE.width}x${OUTSIDE_IMAGE.height}`);
  });

  it('blocks every remote image when remote assets are off, each at its line', () => {
    const lines = warningLines(written(batch, 'remote.md'));
    for (const line of [3, 5, 7, 9, 11, 13, 15, 17, 19, 21])
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^remote\\.md:${line}: could not load .*remote assets are off`)),
      );
  });

  it('never runs ---js front matter: it is shown as text, with a warning', async () => {
    expect(fs.existsSync(hostile.markerFile)).toBe(false);
    const r = written(batch, 'front-matter-js.md');
    expect(warningLines(r)).toContainEqual(
      expect.stringMatching(/^front-matter-js\.md:1: .*---js.*not read/),
    );
    const pdf = await pdfOf('front-matter-js.md');
    expect(pdf.info.Title).toBe('JavaScript front matter is never run');
    expect(normalizeText(pdf.text)).toContain("require('fs').writeFileSync(");
  });

  it('stops a YAML alias bomb with a clear error at its line', () => {
    const r = result(batch, 'alias-bomb.md');
    expect(r.status).toBe('failed');
    expect(formatProblem(r.source, r.error!)).toMatch(/^alias-bomb\.md:2: front matter .*alias/);
    expect(r.seconds).toBeLessThan(5);
  });

  it('decodes invalid UTF-8 with replacement characters and a warning at the first bad line', async () => {
    const r = written(batch, 'invalid-utf8.md');
    expect(warningLines(r)).toEqual([
      expect.stringMatching(/^invalid-utf8\.md:5: the file is not valid UTF-8/),
    ]);
    const text = normalizeText((await pdfOf('invalid-utf8.md')).text);
    expect(text).toContain('Bad bytes here: \ufffd \ufffd \ufffd end of the bad line.');
    expect(text).toContain('This line is fine: café.');
  });

  it('refuses binary junk with a clear error, without crashing the run', () => {
    const r = result(batch, 'binary-junk.md');
    expect(r.status).toBe('failed');
    expect(formatProblem(r.source, r.error!)).toMatch(
      /^binary-junk\.md:3: this is a binary file, not Markdown text/,
    );
  });

  it('refuses a file over max-file-size with a clear error', () => {
    const r = result(batch, 'oversized.md');
    expect(formatProblem(r.source, r.error!)).toMatch(
      /^oversized\.md: the file is 1\.5 MB, over the 1 MB limit; raise `max-file-size`/,
    );
  });

  it('turns an empty file into a one-page PDF titled by its file name, which is never printed', async () => {
    const pdf = await pdfOf('empty.md');
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.info.Title).toBe('empty');
    expect(normalizeText(pdf.text)).toBe('Page 1 of 1');
  });

  it('renders unclosed fences and HTML, keeping the text after them', async () => {
    const text = normalizeText((await pdfOf('unclosed.md')).text);
    expect(text).toContain('A cell in an unclosed table');
    expect(text).toContain('A paragraph after the unclosed tags');
    expect(text).toContain("const unclosedFence = 'the fence never closes';");
    expect(text).toContain('more code after the fence, up to the end of the file');
  });

  it.each([
    ['long-word.md', /^[a-z]{3000}$/m],
    ['long-code-line.md', /^echo [0-9A-Za-z]{595}$/m],
  ])('keeps every character of %s on the page', async (source, pattern) => {
    const markdown = fs.readFileSync(path.join(hostile.workspace, source), 'utf8');
    const long = pattern.exec(markdown)![0];
    const pdf = await pdfOf(source);
    expect(wordsOutsidePage(pdf)).toEqual([]);
    expect(squash(pdf.text.replace(/\u00ad/g, ''))).toContain(squash(long));
  });

  it('keeps every cell of a 30-column table on the page', async () => {
    const pdf = await pdfOf('wide-table.md');
    expect(wordsOutsidePage(pdf)).toEqual([]);
    const text = squash(pdf.text);
    for (let c = 1; c <= 30; c++) {
      const column = String(c).padStart(2, '0');
      expect(text).toContain(`Column${column}`);
      for (let r = 1; r <= 3; r++) expect(text).toContain(`r${r}c${column}`);
    }
  });

  it('lays out a 400-section document', async () => {
    const r = written(batch, 'many-sections.md');
    const pdf = await pdfOf('many-sections.md');
    expect(pdf.pages.length).toBe(r.pages);
    expect(pdf.pages.length).toBeGreaterThan(20);
    const text = normalizeText(pdf.text);
    for (const n of [1, 200, 400]) expect(text).toContain(`Section ${n} Paragraph ${n} of the long document`);
  });

  it('writes two files of the same name in different folders to different PDFs', async () => {
    const a = written(batch, 'same-name/a/README.md');
    const b = written(batch, 'same-name/b/README.md');
    expect(a.pdf).toBe(path.join(batch.out, 'same-name/a/README.pdf'));
    expect(b.pdf).toBe(path.join(batch.out, 'same-name/b/README.pdf'));
    expect((await pdfOf('same-name/a/README.md')).text).toContain('ALPHA-ONLY-TEXT');
    expect((await pdfOf('same-name/b/README.md')).text).toContain('BRAVO-ONLY-TEXT');
  });

  it('refuses a matched .md symlink that points outside the workspace', () => {
    expect(batch.rejected).toEqual([
      {
        relativePath: 'link-outside.md',
        reason: expect.stringMatching(/symlink that points outside the workspace/),
      },
    ]);
    expect(batch.results.map((r) => r.source)).not.toContain('link-outside.md');
  });

  it('reports every problem as one line: file, line when known, what is wrong', () => {
    const problems = batch.results.flatMap((r) => [
      ...warningLines(r),
      ...(r.error ? [formatProblem(r.source, r.error)] : []),
    ]);
    expect(problems.length).toBeGreaterThan(20);
    for (const problem of problems) {
      expect(problem).not.toMatch(/[\r\n]/);
      expect(problem.length).toBeLessThan(400);
      expect(problem).toMatch(/^[\w./-]+\.md(:\d+)?: \S/);
    }
  });
});

describe('with allow-remote-assets: true', () => {
  let remote: Run;
  beforeAll(async () => {
    // Only the documents that reach for the network.
    remote = await convertWorkspace(['scripts.md', 'remote.md'], { allowRemoteAssets: true });
  });
  afterAll(() => {
    if (remote) fs.rmSync(remote.out, { recursive: true, force: true });
  });

  it('still never reaches loopback, private or link-local addresses', () => {
    expect(canary.requests).toEqual([]);
    expect(canary.connections).toBe(0);
    written(remote, 'scripts.md');
    const lines = warningLines(written(remote, 'remote.md'));
    for (const line of [3, 5, 7, 9, 11, 13, 15, 17, 19, 21]) {
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(`^remote\\.md:${line}: could not load .*(loopback|private|link-local)`),
        ),
      );
    }
  });
});

describe('an output folder that a commit turned into a symlink', () => {
  it('is refused before anything is printed or written outside the workspace', async () => {
    const root = tempDir('output-link');
    const workspace = path.join(root, 'workspace');
    const elsewhere = path.join(root, 'elsewhere');
    fs.mkdirSync(workspace);
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(workspace, 'a.md'), '# A\n');
    fs.symlinkSync(elsewhere, path.join(workspace, 'pdf'));
    const file = {
      path: path.join(workspace, 'a.md'),
      relativePath: 'a.md',
      outputPath: path.join(workspace, 'pdf/a.pdf'),
    };
    await expect(convert([file], testOptions(workspace, path.join(workspace, 'pdf')))).rejects.toThrow(
      `the output folder pdf is a symlink that leads outside ${workspace}; remove the link`,
    );
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
