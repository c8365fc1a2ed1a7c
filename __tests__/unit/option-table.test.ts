// The option table (src/options/table.ts) and what is derived from it: action.yml, `md-pdf --help`, the
// incremental manifest's choice of options, and the two shells' parsing, which must agree.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { getInputs } from '../../src/action/inputs.js';
import { parseCli } from '../../src/cli/run.js';
import { AFFECTS_OUTPUT } from '../../src/engine/incremental.js';
import { DEFAULTS } from '../../src/engine/options.js';
import type { ConvertOptions } from '../../src/engine/options.js';
import { parseCommandLine } from '../../src/options/cli-flags.js';
import { cliHelp } from '../../src/options/help.js';
import { ACTION_INPUTS, CLI_FLAGS, flagName, OPTIONS } from '../../src/options/table.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

/** Sets the action's inputs as the runner does (INPUT_<NAME>), for one test. */
const set: string[] = [];
function input(name: string, value: string): void {
  const key = `INPUT_${name.toUpperCase()}`;
  set.push(key);
  process.env[key] = value;
}
afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
});

/** The engine options each shell resolves from the same settings: action inputs, CLI flags. */
function bothShells(workspace: string, settings: Record<string, string>): [ConvertOptions, ConvertOptions] {
  for (const [name, value] of Object.entries(settings)) input(name, value);
  const action = getInputs({ GITHUB_WORKSPACE: workspace }).convert;
  const argv = Object.entries(settings).flatMap(([name, value]) => [
    `--${flagName(OPTIONS.find((option) => option.name === name)!)}`,
    value,
  ]);
  return [action, parseCli(argv, workspace, {}).options];
}

describe('the option table', () => {
  it('declares every action.yml input and nothing else, with its default and description', () => {
    const action = YAML.parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string; default: string }>;
    };
    expect(Object.keys(action.inputs)).toEqual(ACTION_INPUTS.map((option) => option.name));
    for (const option of ACTION_INPUTS) {
      expect(action.inputs[option.name], option.name).toEqual({
        description: option.input,
        required: false,
        default: option.default,
      });
    }
  });

  it('names each option once, and each CLI flag once', () => {
    const names = OPTIONS.map((option) => option.name);
    expect(new Set(names).size).toBe(names.length);
    const flags = CLI_FLAGS.flatMap((option) => [flagName(option), option.flag!.short ?? []].flat());
    expect(new Set([...flags, 'help', 'h', 'version', 'v']).size).toBe(flags.length + 4);
  });

  it('--help lists every CLI flag, and every flag it lists is accepted', () => {
    const help = cliHelp();
    for (const option of CLI_FLAGS) {
      expect(help, option.name).toContain(`--${flagName(option)}`);
      if (option.flag!.short) expect(help).toContain(`-${option.flag!.short}, --${flagName(option)}`);
    }
    const listed = [...help.matchAll(/^ +(?:-\w, )?--([a-z-]+)( [A-Z/]+)?/gm)];
    expect(listed.length).toBe(CLI_FLAGS.length + 2);
    for (const [, flag, value] of listed) {
      if (flag === 'help' || flag === 'version') continue;
      expect(() => parseCommandLine([`--${flag}`, ...(value ? ['x'] : [])]), flag).not.toThrow();
    }
    expect(() => parseCommandLine(['--output-dir', 'x'])).toThrow(/Unknown option '--output-dir'/);
  });

  it('marks as changing the PDF exactly the options the incremental manifest hashes', () => {
    const engineKey = (name: string) =>
      name === 'timeout' ? 'timeoutMs' : name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    const compared = OPTIONS.filter((option) => engineKey(option.name) in AFFECTS_OUTPUT);
    expect(compared.length).toBeGreaterThan(15);
    for (const option of compared) {
      expect(option.changesPdf, option.name).toBe(
        AFFECTS_OUTPUT[engineKey(option.name) as keyof ConvertOptions],
      );
    }
    // The others change no PDF: which files, where they go, the run and publishing.
    for (const option of OPTIONS.filter((option) => !compared.includes(option)))
      expect(option.changesPdf, option.name).toBe(false);
  });
});

describe('both shells, resolved from the one table', () => {
  it('resolve the same engine options when nothing is given: the engine defaults', () => {
    const workspace = tempDir('options-defaults');
    const [action, cli] = bothShells(workspace, {});
    expect(cli).toEqual(action);
    expect(action).toMatchObject({
      outputDir: path.join(workspace, DEFAULTS.outputDir),
      theme: DEFAULTS.theme,
      pageSize: DEFAULTS.pageSize,
      timeoutMs: DEFAULTS.timeoutSeconds * 1000,
      maxFileSize: DEFAULTS.maxFileSize,
      toc: DEFAULTS.toc,
      tocDepth: DEFAULTS.tocDepth,
      cover: DEFAULTS.cover,
      layoutEngine: DEFAULTS.layoutEngine,
      header: undefined,
      footer: undefined,
      keepHtml: false,
    });
    expect(getInputs({ GITHUB_WORKSPACE: workspace }).patterns).toEqual(DEFAULTS.patterns);
    expect(parseCli([], workspace, {}).patterns).toEqual(DEFAULTS.patterns);
  });

  it('take an empty value as the default, for every option with a value (README: "Empty = …")', () => {
    const workspace = tempDir('options-empty');
    const [defaults] = bothShells(workspace, {});
    const shared = CLI_FLAGS.filter((option) => option.input !== undefined && option.type !== 'boolean');
    expect(shared.map((option) => option.name)).toContain('header');
    for (const option of shared) {
      const [action, cli] = bothShells(workspace, { [option.name]: ' ' });
      expect(action, option.name).toEqual(defaults);
      expect(cli, option.name).toEqual(defaults);
    }
  });

  it('take "none" as no header or footer, and keep a template as given', () => {
    const workspace = tempDir('options-none');
    for (const options of bothShells(workspace, { header: 'none', footer: ' {sha} · {page} ' }))
      expect(options).toMatchObject({ header: 'none', footer: '{sha} · {page}' });
  });

  it('resolve a relative chrome-path against the workspace', () => {
    const workspace = tempDir('options-chrome');
    for (const options of bothShells(workspace, { 'chrome-path': 'bin/chrome' }))
      expect(options.chromePath).toBe(path.join(workspace, 'bin/chrome'));
  });

  it('name the input or the flag in an error', () => {
    const workspace = tempDir('options-errors');
    input('out-dir', 'x');
    input('theme', 'dark');
    expect(() => getInputs({ GITHUB_WORKSPACE: workspace })).toThrow(/^theme must be one of/);
    expect(() => parseCli(['--theme', 'dark'], workspace, {})).toThrow(/^--theme must be one of/);
    expect(() => parseCli(['--out-dir', 'x', '--merge', '../book'], workspace, {})).toThrow(
      /^--merge must be/,
    );
  });
});
