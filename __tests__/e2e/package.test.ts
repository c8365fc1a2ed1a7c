// The npm package as a user gets it: `npm pack`, installed into an empty folder, run with `npx md-pdf`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
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

  it('watches from the install too (the watcher is bundled), and stops on SIGINT with 130', async () => {
    const folder = path.join(app, 'watched');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'w.md'), '# Watched\n');
    // The installed bin, run directly so the signal reaches it (npx would stand in between).
    const child = spawn(process.execPath, [path.join(app, 'node_modules/.bin/md-pdf'), 'w.md', '--watch'], {
      cwd: folder,
      env: { ...process.env, CHROME_PATH: CHROME, RUNNER_DEBUG: '' },
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('Watching for changes')) resolve();
      });
      void exited.then(() => reject(new Error(`exited early:\n${stderr}`)));
    });
    expect(fs.existsSync(path.join(folder, 'pdf/w.pdf'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
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
