#!/usr/bin/env node
// npm run compare-builds -- [--base REF] [--theme NAME ...]
//
// Renders the same documents with two builds of the CLI and compares the PDFs byte for byte: the
// committed dist/ of REF (default HEAD, checked out in a temporary git worktree) and this checkout's
// dist/. Both run on this machine with the same browser under SOURCE_DATE_EPOCH, so a refactor that
// must not change the output can prove it. Hashes are never committed: they depend on the Chromium build.
//
// Documents: the shared corpus (../shared/corpus, skipped with a message when absent), examples/, and
// the Markdown fixtures under __tests__/fixtures. Each set is copied into a temporary workspace, so both
// builds see the same files at the same paths. Exit code 1 when any PDF differs or exists on one side only.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    theme: { type: 'string', multiple: true, default: ['report'] },
    'keep-temp': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'usage: node scripts/compare-builds.mjs [--base REF] [--theme NAME ...] [--keep-temp]\n' +
      "Renders the corpus, examples and fixtures with REF's dist/ and this checkout's dist/ and compares the PDFs.",
  );
  process.exit(0);
}

/** The document sets: a name and the folder whose Markdown is copied (null when absent). */
function documentSets() {
  const corpus = path.resolve(root, '../shared/corpus');
  const sets = [
    ['examples', path.join(root, 'examples')],
    ['fixtures', path.join(root, '__tests__/fixtures')],
  ];
  if (fs.existsSync(corpus)) sets.unshift(['corpus', corpus]);
  else console.warn(`[skip] shared corpus not found at ${corpus}: comparing examples and fixtures only`);
  return sets;
}

/** Every file below `dir`, as sorted relative paths. */
function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Runs one build's CLI over a workspace copy; a failing document is part of the comparison, not an error. */
function render(cli, workspace, outDir, theme) {
  const run = spawnSync(
    process.execPath,
    [cli, '**/*.md', '--out-dir', outDir, '--theme', theme, '--concurrency', '2'],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', MD_PDF_PROFILE: '' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${cli} exited with ${run.status}:\n${run.stderr}`);
  }
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-compare-'));
const baseTree = path.join(temp, 'base');
let differences = 0;
let compared = 0;
try {
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', baseTree, values.base], { cwd: root });
  const builds = {
    base: path.join(baseTree, 'dist/cli.js'),
    head: path.join(root, 'dist/cli.js'),
  };
  for (const [name, cli] of Object.entries(builds)) {
    if (!fs.existsSync(cli)) throw new Error(`no ${name} build at ${cli} (run npm run bundle)`);
  }
  for (const [set, source] of documentSets()) {
    const workspace = path.join(temp, 'work', set);
    fs.cpSync(source, workspace, { recursive: true });
    for (const theme of values.theme) {
      const outputs = {};
      for (const [name, cli] of Object.entries(builds)) {
        outputs[name] = path.join(temp, 'out', name, set, theme);
        render(cli, workspace, outputs[name], theme);
      }
      const base = listFiles(outputs.base).filter((f) => f.endsWith('.pdf'));
      const head = listFiles(outputs.head).filter((f) => f.endsWith('.pdf'));
      for (const file of [...new Set([...base, ...head])].sort()) {
        compared++;
        const label = `${set} (${theme}): ${file}`;
        if (!base.includes(file) || !head.includes(file)) {
          differences++;
          console.log(`only in ${base.includes(file) ? 'base' : 'head'}  ${label}`);
        } else if (sha256(path.join(outputs.base, file)) !== sha256(path.join(outputs.head, file))) {
          differences++;
          console.log(`differs       ${label}`);
        }
      }
    }
  }
  console.log(
    `${compared} PDF${compared === 1 ? '' : 's'} compared against ${values.base}: ` +
      (differences === 0 ? 'all byte-identical' : `${differences} differ`),
  );
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', baseTree], { cwd: root });
  if (values['keep-temp']) console.log(`kept ${temp}`);
  else fs.rmSync(temp, { recursive: true, force: true });
}
process.exit(differences === 0 ? 0 : 1);
