// Writes the inputs/outputs tables of README.md from action.yml, between the
// <!-- inputs:start --> / <!-- inputs:end --> markers, so the README always lists every input with its
// default. `--check` exits 1 when the README is out of date (run by the tests).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

/** README text with the tables replaced. */
export function updateReadme(readme, actionYml) {
  const pattern = /(<!-- inputs:start -->)[\s\S]*?(<!-- inputs:end -->)/;
  if (!pattern.test(readme))
    throw new Error('README.md has no <!-- inputs:start --> / <!-- inputs:end --> markers');
  return readme.replace(pattern, (_, start, end) => `${start}\n${inputsTable(actionYml)}\n${end}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const updated = updateReadme(readme, fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md inputs table is out of date: run `npm run readme`');
      process.exit(1);
    }
  } else {
    fs.writeFileSync(readmePath, updated);
  }
}
