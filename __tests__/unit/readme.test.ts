import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { fontsCss } from '../../scripts/fonts-css.mjs';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { loadOptionTable, updateActionYml, updateReadme } from '../../scripts/readme-inputs.mjs';
import { flagsHelp } from '../../src/options/help.js';
import { OPTIONS } from '../../src/options/table.js';
import { REPO_ROOT } from '../helpers/render.js';

describe('README', () => {
  it('has the action inputs the option table declares (npm run readme)', () => {
    const action = fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(updateActionYml(action, OPTIONS)).toBe(action);
  });

  it('documents every action input and output with its default, and the CLI flags as --help shows them (npm run readme)', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const action = fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(updateReadme(readme, action, flagsHelp())).toBe(readme);
  });

  it('npm run readme reads the same table the code does (bundled from src/options)', async () => {
    const table = await loadOptionTable();
    expect(table.OPTIONS).toEqual(OPTIONS);
    expect(table.flagsHelp()).toBe(flagsHelp());
  });

  it('ships the font stylesheets built from the @fontsource files (npm run fonts)', () => {
    const sheets: Map<string, string> = fontsCss();
    expect([...sheets.keys()]).toEqual(['themes/fonts.css', 'themes/fonts-cjk.css']);
    for (const [output, css] of sheets)
      expect(fs.readFileSync(path.join(REPO_ROOT, output), 'utf8'), output).toBe(css);
  });

  it('has a Quick start with the render and test commands', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/## Quick start[\s\S]*npm ci[\s\S]*npm start[\s\S]*npm test/);
  });
});
