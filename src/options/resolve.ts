import path from 'node:path';
import { OptionError } from '../shared/errors.js';
import { isInside } from '../shared/paths.js';
import {
  defaultConcurrency,
  parseAnyStylesheetPath,
  parseBoolean,
  parseByteSize,
  parseInteger,
  parseLayoutEngine,
  parseMergePath,
  parsePageSize,
  parseSourceDateEpoch,
  parseStylesheetPath,
  parseTemplate,
  parseTheme,
  parseTocDepth,
  parseWatermark,
} from '../engine/options.js';
import type { ConvertOptions } from '../engine/options.js';
import { parseIfNoFilesFound } from '../engine/no-match.js';
import type { IfNoFilesFound } from '../engine/no-match.js';
import { parseShard, refuseMergeInShard } from '../engine/shard.js';
import type { ShardSpec } from '../engine/shard.js';
import { flagName, optionNamed } from './table.js';

/** The two shells. Where they differ on purpose, the README says so (and resolveRunPlan shows where). */
export type ShellName = 'action' | 'cli';

/** One option's value as the shell got it (action input, CLI flag; `'true'` for a given boolean flag); undefined = not given. */
export type ReadOption = (name: string) => string | undefined;

/** An option as the shell reads it, with its table default when it is not given or empty. */
export interface ShellOptions {
  readonly shell: ShellName;
  /** The value of `name`; an empty value means the default (README: "Empty = …"). */
  value(name: string): string;
  /** The value as given, trimmed: for inputs where an explicit empty value means "off". */
  raw(name: string): string;
  /** How errors name the option: `theme` (action) or `--theme` (CLI). */
  label(name: string): string;
  /** A boolean option. */
  flag(name: string): boolean;
}

/** A shell's reader of options, with the table's defaults and the shell's way of naming an option. */
export function shellOptions(shell: ShellName, read: ReadOption): ShellOptions {
  const label = (name: string) => (shell === 'cli' ? `--${flagName(optionNamed(name))}` : name);
  const value = (name: string) => {
    const given = read(name);
    return given === undefined || given.trim() === '' ? optionNamed(name).default : given;
  };
  return {
    shell,
    value,
    raw: (name) => read(name)?.trim() ?? '',
    label,
    flag: (name) => parseBoolean(value(name), label(name)),
  };
}

/** What both shells resolve the same way: the files, the engine's options, the no-match rule and the shard. */
export interface RunPlan {
  patterns: string[];
  convert: ConvertOptions;
  /** What an empty match does: warn (default), error (fail) or ignore. */
  ifNoFilesFound: IfNoFilesFound;
  /** `shard: k/n`: this job converts its part of the files only; undefined = all of them. */
  shard?: ShardSpec;
}

/**
 * Resolves and validates the options both shells share, once, at the shell boundary. A bad value throws an
 * OptionError that names the input or flag. The shells differ where the README says so: the action fences
 * `output-dir` and `css` inside the workspace (a workflow, or a pull request changing it, cannot reach
 * elsewhere); the CLI takes any path its user names, relative to the current folder (its `workspace`).
 */
export function resolveRunPlan(
  options: ShellOptions,
  given: { patterns: readonly string[]; workspace: string; env: NodeJS.ProcessEnv },
): RunPlan {
  const { value, label, flag } = options;
  const { workspace } = given;
  const outputDir = path.resolve(workspace, value('output-dir'));
  if (options.shell === 'action' && (!isInside(workspace, outputDir) || outputDir === workspace)) {
    throw new OptionError(
      `${label('output-dir')} must be a folder inside the workspace; got "${value('output-dir')}"`,
    );
  }
  const shard = parseShard(value('shard'), label('shard'));
  const merge = value('merge').trim();
  refuseMergeInShard(shard, merge, label('shard'), label('merge'));
  const css = value('css').trim();
  const chromePath = value('chrome-path').trim();
  const concurrency = value('concurrency');
  const patterns = given.patterns.filter((pattern) => pattern.trim() !== '');
  return {
    patterns: patterns.length ? patterns : value('files').split('\n'),
    ifNoFilesFound: parseIfNoFilesFound(value('if-no-files-found'), label('if-no-files-found')),
    shard,
    convert: {
      workspace,
      outputDir,
      theme: parseTheme(value('theme'), label('theme')),
      pageSize: parsePageSize(value('page-size'), label('page-size')),
      concurrency: concurrency
        ? parseInteger(concurrency, label('concurrency'), 1, 64)
        : defaultConcurrency(),
      timeoutMs: parseInteger(value('timeout'), label('timeout'), 1, 86_400) * 1000,
      chromePath: chromePath ? path.resolve(workspace, chromePath) : undefined,
      maxFileSize: parseByteSize(value('max-file-size'), label('max-file-size')),
      allowRemoteAssets: flag('allow-remote-assets'),
      sourceDate: parseSourceDateEpoch(given.env.SOURCE_DATE_EPOCH),
      toc: flag('toc'),
      tocDepth: parseTocDepth(value('toc-depth'), label('toc-depth')),
      cover: flag('cover'),
      header: parseTemplate(value('header'), label('header')) || undefined,
      footer: parseTemplate(value('footer'), label('footer')) || undefined,
      css: css ? stylesheetPath(options, css, workspace) : undefined,
      merge: merge ? parseMergePath(merge, outputDir, label('merge')) : undefined,
      mergeTitle: value('merge-title').trim() || undefined,
      incremental: flag('incremental'),
      keepHtml: flag('keep-html'),
      layoutEngine: parseLayoutEngine(value('layout-engine'), label('layout-engine')),
      watermark: parseWatermark(value('watermark'), label('watermark')),
    },
  };
}

/** The action's stylesheet must lie in the workspace; the CLI's may be any file its user names. */
function stylesheetPath(options: ShellOptions, css: string, workspace: string): string {
  return options.shell === 'action'
    ? parseStylesheetPath(css, workspace, options.label('css'))
    : parseAnyStylesheetPath(css, workspace, workspace, options.label('css'));
}
