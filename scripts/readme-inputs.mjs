// Writes what is derived from the option table (src/options/table.ts): the inputs of action.yml, the README's
// inputs/outputs tables (between <!-- inputs:start --> / <!-- inputs:end -->) and its CLI flags (between
// <!-- cli-flags:start --> / <!-- cli-flags:end -->, the same text as `md-pdf --help`). `--check` changes
// nothing and exits 1 when a file is out of date (the tests check the same).
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** src/options/help.ts (and the table it reads), bundled in memory: node runs no TypeScript. */
export async function loadOptionTable() {
  const result = await build({
    absWorkingDir: root,
    stdin: {
      contents: "export * from './src/options/table.ts'; export { flagsHelp } from './src/options/help.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** A YAML quoted scalar, in the quotes that need fewer escapes (as Prettier writes it). */
function quoted(text) {
  const count = (quote) => text.split(quote).length - 1;
  if (count("'") > count('"')) return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  return `'${text.replace(/'/g, "''")}'`;
}

/** action.yml with its `inputs:` section written from the table's action inputs. */
export function updateActionYml(actionYml, options) {
  const pattern = /^inputs:\n[\s\S]*?(?=^outputs:)/m;
  if (!pattern.test(actionYml)) throw new Error('action.yml has no inputs: section followed by outputs:');
  const inputs = options
    .filter((option) => option.input !== undefined)
    .map(
      (option) =>
        `  ${option.name}:\n    description: ${quoted(option.input)}\n    required: false\n    default: ${quoted(option.default)}\n`,
    );
  return actionYml.replace(pattern, `inputs:\n${inputs.join('')}\n`);
}

/** The tables as Markdown. */
export function inputsTable(actionYml) {
  const action = YAML.parse(actionYml);
  const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| input | default | description |', '| --- | --- | --- |'];
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${name}\` | ${value} | ${cell(spec.description ?? '')} |`);
  }
  lines.push('', '| output | description |', '| --- | --- |');
  for (const [name, spec] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(spec.description ?? '')} |`);
  }
  return lines.join('\n');
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->`. */
function replaceBetween(readme, name, text) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(readme))
    throw new Error(`README.md has no <!-- ${name}:start --> / <!-- ${name}:end --> markers`);
  return readme.replace(pattern, (_, start, end) => `${start}\n${text}\n${end}`);
}

/** README text with the inputs tables (from action.yml) and the CLI flags (`flagsHelp`, as --help) replaced. */
export function updateReadme(readme, actionYml, flagsHelp) {
  const withInputs = replaceBetween(readme, 'inputs', inputsTable(actionYml));
  return replaceBetween(withInputs, 'cli-flags', `\`\`\`text\n${flagsHelp}\n\`\`\``);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = await loadOptionTable();
  const actionPath = path.join(root, 'action.yml');
  const readmePath = path.join(root, 'README.md');
  const actionYml = fs.readFileSync(actionPath, 'utf8');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const newActionYml = updateActionYml(actionYml, table.OPTIONS);
  const newReadme = updateReadme(readme, newActionYml, table.flagsHelp());
  if (process.argv.includes('--check')) {
    const stale = [
      ...(newActionYml === actionYml ? [] : ['action.yml']),
      ...(newReadme === readme ? [] : ['README.md']),
    ];
    if (stale.length) {
      console.error(`${stale.join(' and ')} out of date with src/options/table.ts: run \`npm run readme\``);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(actionPath, newActionYml);
    fs.writeFileSync(readmePath, newReadme);
  }
}
