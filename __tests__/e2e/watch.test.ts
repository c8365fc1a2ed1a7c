// `md-pdf --watch` run from the bundle as a user runs it: every step waits on a line the CLI prints,
// never on time.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { RunProcesses } from '../helpers/processes.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');

/** Collects a stream's text; `until(pattern, n)` resolves once `pattern` has matched n times. */
function transcript(stream: NodeJS.ReadableStream, exited: Promise<unknown>) {
  let text = '';
  const waiting: Array<() => void> = [];
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (const check of [...waiting]) check();
  });
  return {
    get text() {
      return text;
    },
    until(pattern: RegExp, times = 1): Promise<void> {
      const global = new RegExp(
        pattern.source,
        pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
      );
      return new Promise((resolve, reject) => {
        const check = () => {
          if ((text.match(global)?.length ?? 0) < times) return;
          waiting.splice(waiting.indexOf(check), 1);
          resolve();
        };
        waiting.push(check);
        check();
        void exited.then(() => reject(new Error(`exited before ${times}× ${pattern}:\n${text}`)));
      });
    },
  };
}

/** Replaces a file the way editors save: a new file renamed over the old one. */
function save(file: string, content: string | Buffer): void {
  fs.writeFileSync(`${file}.swp`, content);
  fs.renameSync(`${file}.swp`, file);
}

/** Direct children of a process (the browser it launched), from /proc. */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const svg = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${colour}"/></svg>`;

describe.skipIf(process.platform !== 'linux')('md-pdf --watch', () => {
  it('rebuilds what changes, keeps the last good PDF of a broken file, and exits cleanly on Ctrl-C', async () => {
    const cwd = tempDir('watch');
    const doc = path.join(cwd, 'notes/a.md');
    fs.mkdirSync(path.dirname(doc));
    fs.writeFileSync(doc, '# Watched\n\nFirst version.\n\n![box](box.svg)\n');
    fs.writeFileSync(path.join(cwd, 'notes/box.svg'), svg('red'));
    fs.writeFileSync(path.join(cwd, 'notes/other.md'), '# Other\n\nNever changes.\n');
    const css = path.join(tempDir('watch-css'), 'print.css');
    fs.writeFileSync(css, 'h1 { color: navy; }\n');
    const args = ['--watch', '--out-dir', 'out', '--concurrency', '1', '--css', css];
    // Every process the run starts inherits the marker: it finds the browser's helpers even once re-parented.
    const marker = `MD_PDF_WATCH_TEST=${randomUUID()}`;
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: {
        ...process.env,
        RUNNER_DEBUG: '',
        CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        [marker.split('=')[0]!]: marker.split('=')[1]!,
      },
    });
    const processes = new RunProcesses(child.pid!, marker);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const out = transcript(child.stdout, exited);
    const err = transcript(child.stderr, exited);
    const pdf = path.join(cwd, 'out/notes/a.pdf');
    const rebuilt = /^\d\d:\d\d:\d\d ✓ notes\/a\.md → out\/notes\/a\.pdf \(1 page, [\d.]+ s\)$/m;
    try {
      await out.until(/^2 PDFs written to out$/m);
      await err.until(/^Watching for changes/m);
      expect((await readPdf(pdf)).text).toContain('First version.');
      // The browser the first build launched: the rebuilds must print in this one (kept warm).
      const warm = childrenOf(child.pid!);
      expect(warm.length, 'a browser is open while watching').toBeGreaterThan(0);
      processes.scan();

      save(doc, '# Watched\n\nSecond version.\n\n![box](box.svg)\n');
      await out.until(rebuilt);
      expect((await readPdf(pdf)).text).toContain('Second version.');

      // An image the document uses counts as the document changing; the other document stays as it was.
      save(path.join(cwd, 'notes/box.svg'), svg('blue'));
      await out.until(rebuilt, 2);

      // A broken save: the error is printed, the PDF of the last good version stays.
      save(doc, Buffer.from([0, 1, 2, 3]));
      await out.until(/^\d\d:\d\d:\d\d ✗ notes\/a\.md:1: this is a binary file/m);
      expect((await readPdf(pdf)).text).toContain('Second version.');
      expect(out.text).not.toMatch(/\d ✓ notes\/other\.md/);

      // The stylesheet, outside the folder, is watched too: both documents change with it.
      save(css, 'h1::after { content: " restyled"; }\n');
      await out.until(/^\d\d:\d\d:\d\d ✓ notes\/other\.md/m);
      expect((await readPdf(path.join(cwd, 'out/notes/other.pdf'))).text).toContain('Other restyled');

      expect(childrenOf(child.pid!), 'the same browser printed every rebuild').toEqual(warm);
      processes.scan();
      expect(
        processes.found().some((p) => /chrom/i.test(p)),
        processes.found().join('\n'),
      ).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      // Nothing of the browser is left: its main process, its helpers, nothing re-parented.
      let alive = processes.alive();
      for (let wait = 0; alive.length > 0 && wait < 50; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        alive = processes.alive();
      }
      expect(alive).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      processes.killAll();
    }
  }, 180_000);

  it('reuses the incremental manifest an earlier run left: what is up to date is kept, not printed again', async () => {
    const cwd = tempDir('watch-manifest');
    fs.writeFileSync(path.join(cwd, 'a.md'), '# Kept\n');
    fs.writeFileSync(path.join(cwd, 'b.md'), '# Edited meanwhile\n');
    const env = {
      ...process.env,
      RUNNER_DEBUG: '',
      CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    };
    const before = spawnSync(process.execPath, [CLI, '--incremental', '--out-dir', 'out'], {
      cwd,
      env,
      encoding: 'utf8',
    });
    expect(before.status, before.stderr).toBe(0);
    fs.writeFileSync(path.join(cwd, 'b.md'), '# Edited meanwhile\n\nNew text.\n');
    const child = spawn(process.execPath, [CLI, '--watch', '--out-dir', 'out'], { cwd, env });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const out = transcript(child.stdout, exited);
    const err = transcript(child.stderr, exited);
    try {
      await out.until(/^1 PDF written, 1 unchanged, to out$/m);
      expect(out.text).toMatch(/^= a\.md → out\/a\.pdf \(unchanged, 1 page\)$/m);
      expect(out.text).toMatch(/^✓ b\.md → out\/b\.pdf \(1 page, /m);
      await err.until(/^Watching for changes/m);
      expect((await readPdf(path.join(cwd, 'out/b.pdf'))).text).toContain('New text.');
      child.kill('SIGINT');
      expect(await exited).toBe(130);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);

  it('starts on an empty match with a warning, and converts a matching file once it appears', async () => {
    const cwd = tempDir('watch-empty');
    const child = spawn(process.execPath, [CLI, 'docs/*.md', '--watch'], {
      cwd,
      env: { ...process.env, RUNNER_DEBUG: '', CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const out = transcript(child.stdout, exited);
    const err = transcript(child.stderr, exited);
    try {
      await err.until(/^Watching for changes/m);
      expect(err.text).toContain('md-pdf: warning: No Markdown files match docs/*.md');
      fs.mkdirSync(path.join(cwd, 'docs'));
      save(path.join(cwd, 'docs/new.md'), '# Arrived later\n');
      await out.until(/^\d\d:\d\d:\d\d ✓ docs\/new\.md → pdf\/docs\/new\.pdf \(1 page/m);
      expect((await readPdf(path.join(cwd, 'pdf/docs/new.pdf'))).text).toContain('Arrived later');
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);

  it('with --if-no-files-found error, an empty match ends it at once with 1', () => {
    const run = spawnSync(process.execPath, [CLI, 'docs/*.md', '--watch', '--if-no-files-found', 'error'], {
      cwd: tempDir('watch-empty-error'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('md-pdf: error: No Markdown files match docs/*.md');
  });
});
