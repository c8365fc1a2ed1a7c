import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentUrlFor } from '../../src/engine/convert.js';
import { outputPathFor } from '../../src/engine/discover.js';
import type { SourceFile } from '../../src/engine/discover.js';
import {
  canonicalJson,
  IncrementalBuild,
  MANIFEST_NAME,
  optionsKey,
  parseManifest,
  serializeManifest,
  staleReason,
} from '../../src/engine/incremental.js';
import type { BuildKey, ManifestEntry } from '../../src/engine/incremental.js';
import type { ConvertOptions } from '../../src/engine/options.js';
import { testOptions } from '../helpers/render.js';

/** No browser is started here: a path that does not exist only makes the tool fingerprint use its name. */
const NO_BROWSER = '/nonexistent/chromium';

const roots: string[] = [];
function workspace(): { root: string; out: string; write(rel: string, text: string | Buffer): string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-incremental-unit-'));
  roots.push(root);
  return {
    root,
    out: path.join(root, 'pdf'),
    write(rel, text) {
      const file = path.join(root, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    },
  };
}
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function sourceFile(root: string, out: string, relativePath: string): SourceFile {
  return { path: path.join(root, relativePath), relativePath, outputPath: outputPathFor(relativePath, out) };
}

describe('canonicalJson', () => {
  it('sorts keys at every level, so the same options always hash the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ date: new Date(0) })).toBe('{"date":"1970-01-01T00:00:00.000Z"}');
  });
});

describe('optionsKey', () => {
  const ws = workspace();
  ws.write('style/brand.css', 'h1 { color: navy; }');
  const base = testOptions(ws.root, ws.out);

  it('ignores what does not change a PDF: paths, concurrency, timeouts, the book, incremental itself', async () => {
    const key = await optionsKey(base);
    const same: Partial<ConvertOptions>[] = [
      { workspace: '/elsewhere', outputDir: '/elsewhere/out' },
      { concurrency: 7, timeoutMs: 5 },
      { chromePath: '/usr/bin/chromium', maxFileSize: 1 },
      { merge: path.join(ws.out, 'book.pdf'), mergeTitle: 'Book' },
      { incremental: true },
    ];
    for (const change of same) expect(await optionsKey({ ...base, ...change })).toBe(key);
  });

  it('changes with every option that changes the output', async () => {
    const key = await optionsKey(base);
    const different: Partial<ConvertOptions>[] = [
      { theme: 'github' },
      { pageSize: 'Letter' },
      { allowRemoteAssets: true },
      { sourceDate: new Date(86_400_000) },
      { toc: true },
      { tocDepth: 3 },
      { cover: true },
      { header: '{title} — {section}' },
      { footer: 'none' },
      { css: 'style/brand.css' },
      { watermark: 'PREVIEW' },
    ];
    const keys = await Promise.all(different.map((change) => optionsKey({ ...base, ...change })));
    for (const k of keys) expect(k).not.toBe(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('depends on the commit, branch or run only when a template shows it', async () => {
    const at = (sha: string, extra: Partial<ConvertOptions> = {}) =>
      optionsKey({ ...base, ...extra, provenance: { sha, ref: 'main', run: sha === 'aaaaaaa' ? '1' : '2' } });
    // No {sha}/{ref}/{run} in the templates: a new commit keeps every PDF.
    expect(await at('aaaaaaa')).toBe(await at('bbbbbbb'));
    expect(await at('aaaaaaa')).toBe(await optionsKey(base));
    expect(await at('aaaaaaa', { footer: '{sha}' })).not.toBe(await at('bbbbbbb', { footer: '{sha}' }));
    expect(await at('aaaaaaa', { header: 'run {run}' })).not.toBe(
      await at('bbbbbbb', { header: 'run {run}' }),
    );
    // {ref} is the same on both: same key.
    expect(await at('aaaaaaa', { header: '{ref}', footer: 'x' })).toBe(
      await at('bbbbbbb', { header: '{ref}', footer: 'x' }),
    );
  });

  it('hashes the stylesheet content, not only its path', async () => {
    const withCss = { ...base, css: 'style/brand.css' };
    const before = await optionsKey(withCss);
    ws.write('style/brand.css', 'h1 { color: teal; }');
    expect(await optionsKey(withCss)).not.toBe(before);
  });

  it('treats an option nobody classified as one that changes the output', async () => {
    const unknown = { ...base, futureOption: 1 } as ConvertOptions;
    expect(await optionsKey(unknown)).not.toBe(await optionsKey(base));
  });
});

describe('reading a manifest', () => {
  it('refuses what it cannot trust, without quoting the file', () => {
    expect(() => parseManifest('root:x:0:0:root:/root:/bin/bash')).toThrow(/^it is not valid JSON$/);
    expect(() => parseManifest('{"format":"md-pdf-manifest/0","entries":{}}')).toThrow(
      /not a md-pdf-manifest\/1/,
    );
    expect(() => parseManifest('{"format":"md-pdf-manifest/1","entries":{"a.md":{"source":1}}}')).toThrow(
      /entry for a\.md is malformed/,
    );
    expect(parseManifest(serializeManifest(new Map())).size).toBe(0);
  });

  it('notes a missing, corrupt or linked manifest and rebuilds everything', async () => {
    const ws = workspace();
    const notes: string[] = [];
    await IncrementalBuild.open(testOptions(ws.root, ws.out), NO_BROWSER, (m) => notes.push(m));
    ws.write(`pdf/${MANIFEST_NAME}`, '{ "format": "md-pdf-manifest/1", "entries": {');
    await IncrementalBuild.open(testOptions(ws.root, ws.out), NO_BROWSER, (m) => notes.push(m));
    fs.rmSync(path.join(ws.out, MANIFEST_NAME));
    fs.symlinkSync('/etc/hostname', path.join(ws.out, MANIFEST_NAME));
    await IncrementalBuild.open(testOptions(ws.root, ws.out), NO_BROWSER, (m) => notes.push(m));
    expect(notes).toEqual([
      `Incremental build: no manifest at pdf/${MANIFEST_NAME} yet; rendering every document`,
      `Incremental build: ignoring pdf/${MANIFEST_NAME}: it is not valid JSON; rendering every document`,
      expect.stringMatching(
        /cannot read pdf\/\.md-pdf-manifest\.json \(it is a link or a folder, not a file\)/,
      ),
    ]);
  });
});

describe('staleReason', () => {
  const key: BuildKey = { source: 's', assets: 'a', options: 'o', tool: 't' };
  const entry: ManifestEntry = { ...key, pdf: 'a.pdf', pdfSha256: 'p', pages: 1, bytes: 1, warnings: [] };
  it('names the first thing that differs', () => {
    expect(staleReason(undefined, key, 'a.pdf')).toBe('new');
    expect(staleReason(entry, key, 'a.pdf')).toBeUndefined();
    expect(staleReason(entry, { ...key, tool: 'u' }, 'a.pdf')).toBe('tool');
    expect(staleReason(entry, { ...key, options: 'x' }, 'a.pdf')).toBe('options');
    expect(staleReason(entry, { ...key, source: 'x' }, 'a.pdf')).toBe('source');
    expect(staleReason(entry, { ...key, assets: 'x' }, 'a.pdf')).toBe('assets');
    expect(staleReason(entry, key, 'b.pdf')).toBe('pdf');
  });
});

describe('asset hashes', () => {
  const ws = workspace();
  let build: IncrementalBuild;
  const url = documentUrlFor('reports/a.md');
  beforeAll(async () => {
    ws.write('reports/img/chart.png', 'png-1');
    ws.write('logo.png', 'logo');
    build = await IncrementalBuild.open(testOptions(ws.root, ws.out), NO_BROWSER);
  });
  const assets = async (...urls: string[]) =>
    (
      await build.keyFor(
        '# A',
        urls.map((u) => ({ url: u, line: 3 })),
        url,
      )
    ).assets;

  it('keys what the links lead to: a target converted, not converted, or linked on GitHub', async () => {
    const withLinks = async (links: Array<{ target: string; href: string; missing?: boolean }>) =>
      (await build.keyFor('# A', [], url, links)).source;
    const plain = (await build.keyFor('# A', [], url)).source;
    expect(await withLinks([])).toBe(plain);
    const converted = await withLinks([{ target: 'reports/b.md', href: './b.pdf' }]);
    const asText = await withLinks([{ target: 'reports/b.md', href: '' }]);
    const onGitHub = await withLinks([
      { target: 'reports/b.md', href: 'https://github.com/o/r/blob/1/reports/b.md' },
    ]);
    const missing = await withLinks([
      { target: 'reports/b.md', href: 'https://github.com/o/r/blob/1/reports/b.md', missing: true },
    ]);
    expect(new Set([plain, converted, asText, onGitHub, missing]).size).toBe(5);
  });

  it('resolves images against the document folder, as the page does, and hashes their content', async () => {
    const relative = await assets('img/chart.png');
    expect(await assets('./img/chart.png')).toBe(relative);
    expect(await assets('/reports/img/chart.png')).toBe(relative);
    expect(await assets('img/chart.png#x', 'img/chart.png')).toBe(relative);
    expect(await assets('../logo.png')).not.toBe(relative);
  });

  it('sees a changed image (in a new run), an image that appears, and remote images by URL', async () => {
    const before = await assets('img/chart.png', 'img/later.png');
    ws.write('reports/img/chart.png', 'png-2');
    const next = await IncrementalBuild.open(testOptions(ws.root, ws.out), NO_BROWSER);
    const changed = (await next.keyFor('# A', [{ url: 'img/chart.png' }, { url: 'img/later.png' }], url))
      .assets;
    expect(changed).not.toBe(before);
    ws.write('reports/img/later.png', 'now here');
    const appeared = await IncrementalBuild.open(testOptions(ws.root, ws.out), NO_BROWSER);
    expect(
      (await appeared.keyFor('# A', [{ url: 'img/chart.png' }, { url: 'img/later.png' }], url)).assets,
    ).not.toBe(changed);
    expect(await assets('https://example.com/a.png')).not.toBe(await assets('https://example.com/b.png'));
    expect(await assets('data:image/png;base64,AAAA')).toBe(await assets());
  });

  it('never reads outside the workspace, not even through a link', async () => {
    const outside = workspace();
    const secret = outside.write('secret.png', 'secret v1');
    fs.symlinkSync(secret, path.join(ws.root, 'reports/img/leak.png'));
    const key = async () =>
      (
        await (
          await IncrementalBuild.open(testOptions(ws.root, ws.out), NO_BROWSER)
        ).keyFor('# A', [{ url: 'img/leak.png' }, { url: '../../../../../../etc/passwd' }], url)
      ).assets;
    const before = await key();
    outside.write('secret.png', 'secret v2');
    expect(await key()).toBe(before);
  });
});

describe('a nightly build of 500 reports where 3 changed', () => {
  it('renders the 3 changed (and one that failed the night before), keeps 496 (real files, no browser)', async () => {
    const ws = workspace();
    const options = testOptions(ws.root, ws.out, { incremental: true });
    ws.write('reports/img/chart.png', 'chart v1');
    const files = Array.from({ length: 500 }, (_, i) => {
      const rel = `reports/${String(i).padStart(3, '0')}.md`;
      ws.write(rel, `# Report ${i}\n\nAll quiet.\n`);
      return sourceFile(ws.root, ws.out, rel);
    });
    const assetsOf = (i: number) => (i === 100 ? [{ url: 'img/chart.png', line: 5 }] : []);
    const text = (file: SourceFile) => fs.readFileSync(file.path, 'utf8');

    // Night 1: every document is new; record what a render would have written.
    const first = await IncrementalBuild.open(options, NO_BROWSER);
    for (const [i, file] of files.entries()) {
      const key = await first.keyFor(text(file), assetsOf(i), documentUrlFor(file.relativePath));
      expect(await first.reuse(file, key)).toBeUndefined();
      const pdf = Buffer.from(`%PDF-1.7 report ${i}`);
      fs.mkdirSync(path.dirname(file.outputPath), { recursive: true });
      fs.writeFileSync(file.outputPath, pdf);
      if (i !== 499)
        first.recordWritten(file, key, pdf, 1, i === 7 ? [{ message: 'could not load x', line: 2 }] : []);
    }
    await first.save();
    expect(first.summary()).toBe('Incremental build: 500 rendered (500 new), 0 unchanged');
    // 499 "failed" on night 1: it is not in the manifest.
    expect(
      Object.keys(JSON.parse(fs.readFileSync(path.join(ws.out, MANIFEST_NAME), 'utf8')).entries),
    ).toHaveLength(499);

    // Night 2: two sources and the image of a third changed.
    ws.write(files[3]!.relativePath, '# Report 3\n\nIncident at 02:00.\n');
    ws.write(files[250]!.relativePath, '# Report 250\n\nAll quiet, mostly.\n');
    ws.write('reports/img/chart.png', 'chart v2');
    const second = await IncrementalBuild.open(options, NO_BROWSER);
    const rendered: string[] = [];
    for (const [i, file] of files.entries()) {
      const key = await second.keyFor(text(file), assetsOf(i), documentUrlFor(file.relativePath));
      const kept = await second.reuse(file, key);
      if (i === 7) expect(kept?.warnings).toEqual([{ message: 'could not load x', line: 2 }]);
      if (!kept) rendered.push(file.relativePath);
    }
    expect(rendered).toEqual(['reports/003.md', 'reports/100.md', 'reports/250.md', 'reports/499.md']);
    expect(second.summary()).toBe(
      'Incremental build: 4 rendered (2 changed, 1 image changed, 1 new), 496 unchanged',
    );
  });

  it('keeps the entries of documents a run left to others (changed-only, another shard), not of deleted ones', async () => {
    const ws = workspace();
    const options = testOptions(ws.root, ws.out, { incremental: true });
    const files = ['a.md', 'b.md', 'c.md'].map((rel) => {
      ws.write(rel, `# ${rel}\n`);
      return sourceFile(ws.root, ws.out, rel);
    });
    const record = async (build: IncrementalBuild, file: SourceFile) => {
      const key = await build.keyFor(
        fs.readFileSync(file.path, 'utf8'),
        [],
        documentUrlFor(file.relativePath),
      );
      const pdf = Buffer.from(`%PDF-1.7 ${file.relativePath}`);
      fs.mkdirSync(path.dirname(file.outputPath), { recursive: true });
      fs.writeFileSync(file.outputPath, pdf);
      build.recordWritten(file, key, pdf, 1, []);
    };
    const manifest = () =>
      Object.keys(JSON.parse(fs.readFileSync(path.join(ws.out, MANIFEST_NAME), 'utf8')).entries).sort();
    const first = await IncrementalBuild.open(options, NO_BROWSER);
    for (const file of files) await record(first, file);
    await first.save();
    // A preview converts only a.md; b.md still exists (the patterns match it), c.md was deleted.
    const preview = await IncrementalBuild.open(options, NO_BROWSER);
    await record(preview, files[0]!);
    await preview.save(undefined, ['b.md']);
    expect(manifest()).toEqual(['a.md', 'b.md']);
    // Without carrying b.md over, the next full run would have rendered it again.
    const full = await IncrementalBuild.open(options, NO_BROWSER);
    const b = files[1]!;
    const key = await full.keyFor(fs.readFileSync(b.path, 'utf8'), [], documentUrlFor(b.relativePath));
    expect(await full.reuse(b, key)).toBeDefined();
  });

  it('renders again a PDF that was deleted or modified since', async () => {
    const ws = workspace();
    const options = testOptions(ws.root, ws.out, { incremental: true });
    const files = ['a.md', 'b.md', 'c.md'].map((rel) => {
      ws.write(rel, `# ${rel}\n`);
      return sourceFile(ws.root, ws.out, rel);
    });
    const first = await IncrementalBuild.open(options, NO_BROWSER);
    for (const file of files) {
      const key = await first.keyFor(
        fs.readFileSync(file.path, 'utf8'),
        [],
        documentUrlFor(file.relativePath),
      );
      const pdf = Buffer.from(`%PDF ${file.relativePath}`);
      ws.write(path.relative(ws.root, file.outputPath), pdf);
      first.recordWritten(file, key, pdf, 1, []);
    }
    await first.save();
    fs.rmSync(files[0]!.outputPath);
    ws.write(path.relative(ws.root, files[1]!.outputPath), '%PDF b.mX'); // same size, other bytes
    const second = await IncrementalBuild.open(options, NO_BROWSER);
    const kept = [];
    for (const file of files) {
      const key = await second.keyFor(
        fs.readFileSync(file.path, 'utf8'),
        [],
        documentUrlFor(file.relativePath),
      );
      kept.push(Boolean(await second.reuse(file, key)));
    }
    expect(kept).toEqual([false, false, true]);
    expect(second.summary()).toBe('Incremental build: 2 rendered (2 PDF missing or modified), 1 unchanged');
  });
});
