// The CLI's own flags, run through the bundled `dist/cli.js` as a user runs it: --version, --help,
// --css from anywhere, --if-no-files-found.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { parseCli } from '../../src/cli/run.js';
import { outputPathFor } from '../../src/engine/discover.js';
import { CLI_FLAGS, flagName } from '../../src/options/table.js';
import { readPdf } from '../helpers/pdf.js';
import { imageSizes, makePng } from '../security/support.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');

function md(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, RUNNER_DEBUG: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('md-pdf flags', () => {
  it('--version and -v print the bare version', () => {
    for (const flag of ['--version', '-v']) {
      const run = md([flag], tempDir('cli-version'));
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${packageJson.version}\n`);
    }
  });

  it('--help groups the flags by topic, lists every flag and the exit codes', () => {
    const run = md(['--help'], tempDir('cli-help'));
    expect(run.code).toBe(0);
    const headings = run.stdout.match(/^[A-Z][a-z ]+:$/gm);
    expect(headings).toEqual(['Files and output:', 'Look:', 'Runs:', 'Browser and safety:']);
    expect(CLI_FLAGS.length).toBeGreaterThan(20);
    for (const option of CLI_FLAGS) expect(run.stdout, option.name).toContain(`--${flagName(option)} `);
    for (const flag of ['-h, --help', '-v, --version', '-o, --out-dir', '-w, --watch'])
      expect(run.stdout).toContain(flag);
    expect(run.stdout).toMatch(
      /Exit codes: 0 every PDF written, 1 a file failed.*\n.*2 usage error, 130\/143/,
    );
  });

  it('--css reads a stylesheet from outside the current folder, and the document gets its rules', async () => {
    const home = tempDir('cli-css');
    const project = path.join(home, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'a.md'), '# Quarterly\n\nBody text.\n');
    fs.writeFileSync(path.join(home, 'print.css'), 'h1::after { content: " (styled from outside)"; }\n');
    const run = md(['--css', '../print.css', '--out-dir', 'out'], project);
    expect(run.code, run.stderr).toBe(0);
    expect((await readPdf(path.join(project, 'out/a.pdf'))).text).toContain(
      'Quarterly (styled from outside)',
    );
  });

  it('--header "" is the default header, as in the action; --header none is none', async () => {
    const cwd = tempDir('cli-header');
    // Long enough for a second page: the header is left off the first, which has the title block.
    const paragraphs = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} with words to fill the page.`);
    fs.writeFileSync(path.join(cwd, 'a.md'), `# Quarterly\n\n${paragraphs.join('\n\n')}\n`);
    const titleCount = async (args: string[]) => {
      const run = md(['a.md', '--out-dir', 'out', ...args], cwd);
      expect(run.code, run.stderr).toBe(0);
      return (await readPdf(path.join(cwd, 'out/a.pdf'))).text.split('Quarterly').length - 1;
    };
    // The title block, plus the running header "{title}" on every later page unless it is off.
    const byDefault = await titleCount([]);
    expect(byDefault).toBeGreaterThan(1);
    expect(await titleCount(['--header', ''])).toBe(byDefault);
    expect(await titleCount(['--header', 'none'])).toBe(1);
    // The same for the footer: empty is "Page {page} of {pages}".
    const footer = async (args: string[]) => {
      expect(md(['a.md', '--out-dir', 'out', ...args], cwd).code).toBe(0);
      return (await readPdf(path.join(cwd, 'out/a.pdf'))).text;
    };
    expect(await footer(['--footer', ''])).toMatch(/Page 1 of \d/);
    expect(await footer(['--footer', 'none'])).not.toMatch(/Page 1 of \d/);
  });

  it('--chrome-path runs the browser it names, outside the current folder too', () => {
    const home = tempDir('cli-chrome-path');
    const project = path.join(home, 'project');
    fs.mkdirSync(project);
    fs.mkdirSync(path.join(home, 'bin'));
    fs.symlinkSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', path.join(home, 'bin/browser'));
    fs.writeFileSync(path.join(project, 'a.md'), '# A\n');
    // Only the flag names a browser here.
    const env: NodeJS.ProcessEnv = { ...process.env, RUNNER_DEBUG: '' };
    delete env.CHROME_PATH;
    delete env.PUPPETEER_EXECUTABLE_PATH;
    const run = spawnSync(process.execPath, [CLI, 'a.md', '--chrome-path', '../bin/browser'], {
      cwd: project,
      encoding: 'utf8',
      env,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Using ${path.join(home, 'bin/browser')} (chrome-path)`);
    expect(fs.existsSync(path.join(project, 'pdf/a.pdf'))).toBe(true);
  });

  it('--css with a missing file is a usage error naming the flag', () => {
    const run = md(['--css', '../missing.css'], tempDir('cli-css-missing'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--css: no such file "../missing.css"');
  });

  it('--if-no-files-found: warn (default) exits 0, error exits 1, ignore exits 0 quietly', () => {
    const cwd = tempDir('cli-nomatch');
    fs.writeFileSync(path.join(cwd, 'a.md'), '# A\n');
    const warned = md(['reports/*.md'], cwd);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('md-pdf: warning: No Markdown files match reports/*.md');
    const failed = md(['reports/*.md', '--if-no-files-found', 'error'], cwd);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('md-pdf: error: No Markdown files match reports/*.md');
    const ignored = md(['reports/*.md', '--if-no-files-found', 'ignore'], cwd);
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).not.toMatch(/warning|error/);
    const bad = md(['--if-no-files-found', 'maybe'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--if-no-files-found must be one of warn, error, ignore; got "maybe"');
    expect(fs.existsSync(path.join(cwd, 'pdf'))).toBe(false);
  });

  it('--if-no-files-found error: a matched file that is refused is a match, not an empty glob', () => {
    const cwd = tempDir('cli-nomatch-refused');
    fs.symlinkSync('/nonexistent-target.md', path.join(cwd, 'broken.md'));
    const run = md(['*.md', '--if-no-files-found', 'error'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('No Markdown files match');
    expect(run.stderr).toContain('broken.md: it is a broken symlink');
  });
});

describe('what stays fenced while --css reads anywhere', () => {
  it('writes no PDF through a symlinked folder out of --out-dir', () => {
    const cwd = tempDir('cli-out-link');
    const elsewhere = tempDir('cli-out-elsewhere');
    fs.mkdirSync(path.join(cwd, 'notes'));
    fs.writeFileSync(path.join(cwd, 'notes/a.md'), '# A\n');
    fs.mkdirSync(path.join(cwd, 'out'));
    fs.symlinkSync(elsewhere, path.join(cwd, 'out/notes'));
    fs.writeFileSync(path.join(elsewhere, 'style.css'), 'p {}');
    const styled = md(['notes/*.md', '--out-dir', 'out', '--css', path.join(elsewhere, 'style.css')], cwd);
    expect(styled.code).toBe(1);
    expect(styled.stdout).toMatch(/✗ notes\/a\.md: the output folder notes is a symlink that leads outside/);
    expect(fs.readdirSync(elsewhere)).toEqual(['style.css']);
  });
});

describe('what documents reference stays fenced while --css reads anywhere', () => {
  it('a document and an outside stylesheet still load nothing from outside the current folder', async () => {
    const home = tempDir('cli-fence');
    const project = path.join(home, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(home, 'secret.png'), makePng(70, 35, [200, 30, 30]));
    fs.writeFileSync(path.join(project, 'inside.png'), makePng(60, 30, [30, 120, 200]));
    // The stylesheet lives outside: it is read, but its url() resolves like the page's, inside only.
    fs.writeFileSync(
      path.join(home, 'print.css'),
      'h1::after { content: " (styled)"; } body { background: url(../secret.png); }\n',
    );
    fs.writeFileSync(
      path.join(project, 'a.md'),
      '# Fenced\n\n![inside](inside.png)\n\n![outside](../secret.png)\n',
    );
    const run = md(['a.md', '--css', '../print.css', '--out-dir', 'out'], project);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^ {2}! a\.md:5: could not load \.\.\/secret\.png: /m);
    const pdf = path.join(project, 'out/a.pdf');
    expect((await readPdf(pdf)).text).toContain('Fenced (styled)');
    expect(await imageSizes(pdf)).toEqual(['60x30']);
  });
});

describe('parseCli paths', () => {
  it('resolves --chrome-path and --css against the current folder, wherever they are', () => {
    const home = tempDir('cli-paths');
    const cwd = path.join(home, 'work');
    fs.mkdirSync(cwd);
    fs.writeFileSync(path.join(home, 'x.css'), 'p {}');
    fs.writeFileSync(path.join(cwd, 'in.css'), 'p {}');
    const outside = parseCli(['--chrome-path', '../bin/chrome', '--css', '../x.css'], cwd).options;
    expect(outside.chromePath).toBe(path.join(home, 'bin/chrome'));
    expect(outside.css).toBe(fs.realpathSync(path.join(home, 'x.css')));
    // Inside the workspace it stays workspace-relative: served to the page, its url()s resolve there.
    expect(parseCli(['--css', 'in.css'], cwd).options.css).toBe('in.css');
  });

  it('npm start writes examples/x.md to pdf/examples/x.pdf', () => {
    const script = packageJson.scripts.start;
    const args = [...script.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(2);
    const { options } = parseCli(args, REPO_ROOT);
    expect(path.relative(REPO_ROOT, outputPathFor('examples/weekly-report.md', options.outputDir))).toBe(
      path.join('pdf', 'examples', 'weekly-report.pdf'),
    );
  });
});
