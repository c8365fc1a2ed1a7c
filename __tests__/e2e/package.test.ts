// The npm package as a user gets it: `npm pack`, installed into an empty folder, run with `npx md-pdf`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { readPdf } from '../helpers/pdf.js';
import { RunProcesses } from '../helpers/processes.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Every file under a folder, relative, with forward slashes. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('the packed npm package', () => {
  let tarball: string;
  let app: string;

  beforeAll(() => {
    expect(fs.existsSync(path.join(REPO_ROOT, 'dist/cli.js')), 'dist/ is built (npm run bundle)').toBe(true);
    const packed = tempDir('pack');
    const name = execFileSync('npm', ['pack', '--pack-destination', packed, '--silent'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    }).trim();
    tarball = path.join(packed, name.split('\n').pop()!);
    // An empty project installs it without the network: it has no dependency to fetch (the optional
    // browser package is left out; CHROME_PATH names the browser, as the README documents).
    app = tempDir('pack-app');
    fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    execFileSync('npm', ['install', tarball, '--offline', '--omit=optional', '--no-audit', '--no-fund'], {
      cwd: app,
      encoding: 'utf8',
    });
  }, 180_000);

  it('depends only on what dist/ does not bundle, so installing it adds nothing else', () => {
    const bundle = fs.readFileSync(path.join(REPO_ROOT, 'scripts/bundle.mjs'), 'utf8');
    const externals = JSON.parse(/external: (\[[^\]]*\])/.exec(bundle)![1]!.replace(/'/g, '"')) as string[];
    const runtime = { ...(packageJson as { dependencies?: object }).dependencies };
    for (const name of Object.keys(runtime)) expect(externals, name).toContain(name);
    expect(Object.keys(packageJson.optionalDependencies)).toEqual(['@sparticuz/chromium']);
    expect(fs.readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'md-pdf-action',
    ]);
  });

  it('holds every file of dist/ (bundles and the runtime files the page loads)', () => {
    const installed = path.join(app, 'node_modules/md-pdf-action');
    const shipped = new Set(filesUnder(installed));
    const missing = filesUnder(path.join(REPO_ROOT, 'dist')).filter((f) => !shipped.has(`dist/${f}`));
    expect(missing).toEqual([]);
    expect(shipped.has('action.yml')).toBe(true);
  });

  it('runs as npx md-pdf: --version, and a document styled by a stylesheet from outside the folder', () => {
    const npx = (args: string[]) =>
      spawnSync('npx', ['--offline', 'md-pdf', ...args], {
        cwd: app,
        encoding: 'utf8',
        env: { ...process.env, CHROME_PATH: CHROME, RUNNER_DEBUG: '' },
      });
    const version = npx(['--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout).toBe(`${packageJson.version}\n`);

    fs.writeFileSync(path.join(app, 'report.md'), '# Packed report\n\nConverted by the installed package.\n');
    const styles = tempDir('pack-css');
    fs.writeFileSync(path.join(styles, 'brand.css'), 'h1::after { content: " (branded)"; }\n');
    const run = npx(['report.md', '--css', path.join(styles, 'brand.css'), '--out-dir', 'out']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^✓ report\.md → out\/report\.pdf \(1 page, /m);
    const text = execFileSync('pdftotext', [path.join(app, 'out/report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Packed report (branded)');
    expect(text).toContain('Converted by the installed package.');
  });

  it('watches from the install too, as npx md-pdf --watch: a save is rebuilt, Ctrl-C leaves nothing running', async () => {
    const folder = path.join(app, 'watched');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'w.md'), '# Watched\n');
    const marker = `MD_PDF_PACKAGE_TEST=${randomUUID()}`;
    // A process group of its own, so that the test can press Ctrl-C as a terminal does: SIGINT to the
    // foreground group (npm, the shell npx runs the bin in, md-pdf), not to npm alone.
    const child = spawn('npx', ['--offline', 'md-pdf', 'w.md', '--watch'], {
      cwd: folder,
      detached: true,
      env: {
        ...process.env,
        CHROME_PATH: CHROME,
        RUNNER_DEBUG: '',
        [marker.split('=')[0]!]: marker.split('=')[1]!,
      },
    });
    const processes = new RunProcesses(child.pid!, marker);
    let stdout = '';
    let stderr = '';
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const printed = (stream: 'stdout' | 'stderr', pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(stream === 'stdout' ? stdout : stderr)) resolve();
        };
        child[stream].on('data', check);
        check();
        void exited.then(() => reject(new Error(`exited before ${pattern}:\n${stdout}\n${stderr}`)));
      });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await printed('stderr', /^Watching for changes/m);
      expect((await readPdf(path.join(folder, 'pdf/w.pdf'))).text).toContain('Watched');
      processes.scan();
      expect(
        processes.found().some((p) => /chrom/i.test(p)),
        processes.found().join('\n'),
      ).toBe(true);
      // The bundled watcher sees an editor's save (a new file renamed over the old one).
      fs.writeFileSync(path.join(folder, 'w.md.swp'), '# Watched\n\nSaved again.\n');
      fs.renameSync(path.join(folder, 'w.md.swp'), path.join(folder, 'w.md'));
      await printed('stdout', /^\d\d:\d\d:\d\d ✓ w\.md → pdf\/w\.pdf \(1 page, /m);
      expect((await readPdf(path.join(folder, 'pdf/w.pdf'))).text).toContain('Saved again.');
      processes.scan();
      process.kill(-child.pid!, 'SIGINT');
      const exit = await exited;
      // md-pdf exits 130; npm then ends itself by the same signal, which a shell also shows as 130.
      expect(exit.code === 130 || exit.signal === 'SIGINT', JSON.stringify(exit)).toBe(true);
      let alive = processes.alive();
      for (let wait = 0; alive.length > 0 && wait < 50; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        alive = processes.alive();
      }
      expect(alive, 'no md-pdf and no browser left').toEqual([]);
      expect(stderr).not.toMatch(/md-pdf: (?!SIGINT)/);
    } finally {
      processes.killAll();
    }
  }, 120_000);
});

describe('the size of dist/', () => {
  // The budget the README states (Scripts and right-to-left text): the fonts for the world's scripts are
  // most of it, and a larger checkout slows every workflow that uses the action.
  it('stays within 60 MB, fonts for every script included', () => {
    const dist = path.join(REPO_ROOT, 'dist');
    expect(fs.existsSync(path.join(dist, 'cli.js')), 'dist/ is built (npm run bundle)').toBe(true);
    const bytes = filesUnder(dist).reduce((sum, file) => sum + fs.statSync(path.join(dist, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(60_000_000);
    // The CJK fonts are there (the size is not small only because they are missing).
    expect(filesUnder(dist).some((file) => /noto-sans-jp/i.test(file))).toBe(true);
  });
});
