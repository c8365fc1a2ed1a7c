import { OptionError } from '../shared/errors.js';
import { isInside } from '../shared/paths.js';
import path from 'node:path';
import * as core from '@actions/core';
import {
  DEFAULTS,
  defaultConcurrency,
  parseBoolean,
  parseByteSize,
  parseInteger,
  parseMergePath,
  parsePageSize,
  parseSourceDateEpoch,
  parseStylesheetPath,
  parseTemplate,
  parseLayoutEngine,
  parseTheme,
  parseTocDepth,
  parseWatermark,
} from '../engine/options.js';
import type { ConvertOptions } from '../engine/options.js';
import { DEFAULT_IF_NO_FILES_FOUND, parseIfNoFilesFound } from '../engine/no-match.js';
import type { IfNoFilesFound } from '../engine/no-match.js';
import { parseShard, refuseMergeInShard } from '../engine/shard.js';
import type { ShardSpec } from '../engine/shard.js';
import { parseChangedOnly } from '../engine/changed-scope.js';
import type { ChangedOnlyMode } from '../engine/changed-scope.js';

/** Every input of action.yml, by name, so no string is typed twice. */
export enum Inputs {
  Files = 'files',
  OutputDir = 'output-dir',
  Theme = 'theme',
  PageSize = 'page-size',
  Concurrency = 'concurrency',
  Timeout = 'timeout',
  ChromePath = 'chrome-path',
  MaxFileSize = 'max-file-size',
  AllowRemoteAssets = 'allow-remote-assets',
  FailOnError = 'fail-on-error',
  Toc = 'toc',
  TocDepth = 'toc-depth',
  Cover = 'cover',
  Header = 'header',
  Footer = 'footer',
  Css = 'css',
  Merge = 'merge',
  MergeTitle = 'merge-title',
  Incremental = 'incremental',
  LayoutEngine = 'layout-engine',
  Shard = 'shard',
  IfNoFilesFound = 'if-no-files-found',
  ArtifactName = 'artifact-name',
  RetentionDays = 'retention-days',
  ReleaseTag = 'release-tag',
  ReleasePrune = 'release-prune',
  PrComment = 'pr-comment',
  GithubToken = 'github-token',
  ChangedOnly = 'changed-only',
  Watermark = 'watermark',
  PreviewFromWorkflowRun = 'preview-from-workflow-run',
}

/** The action's options: what the engine needs plus what only the action shell uses. */
export interface ActionInputs {
  patterns: string[];
  convert: ConvertOptions;
  failOnError: boolean;
  /** What an empty match does: warn (default), error (fail the step) or ignore. */
  ifNoFilesFound: IfNoFilesFound;
  /** `shard: k/n`: this job converts its part of the files only; undefined = all of them. */
  shard?: ShardSpec;
  /** `changed-only`: convert only the documents a pull request (or push) changes. */
  changedOnly: ChangedOnlyMode;
  /** `preview-from-workflow-run`: convert nothing; post the fork's preview comment from its run's artifacts. */
  previewFromWorkflowRun: boolean;
  publish: {
    artifactName: string;
    retentionDays?: number;
    releaseTag: string;
    releasePrune: boolean;
    prComment: boolean;
    githubToken: string;
  };
}

/** Reads an input, falling back to `fallback` when it is empty. */
function input(name: Inputs, fallback: string): string {
  const value = core.getInput(name);
  return value.trim() === '' ? fallback : value;
}

/**
 * `release-prune`, refused where it would delete what it should keep: with `shard` each job would delete
 * the other jobs' assets, and without `release-tag` there is no release to prune.
 */
function parseReleasePrune(shard: ShardSpec | undefined): boolean {
  const prune = parseBoolean(input(Inputs.ReleasePrune, 'false'), Inputs.ReleasePrune);
  if (!prune) return false;
  if (shard)
    throw new OptionError(
      `${Inputs.ReleasePrune} cannot be combined with ${Inputs.Shard}: each shard would delete the PDFs the other shards uploaded`,
    );
  if (core.getInput(Inputs.ReleaseTag).trim() === '')
    throw new OptionError(`${Inputs.ReleasePrune} needs ${Inputs.ReleaseTag}: there is no release to prune`);
  return true;
}

/**
 * Reads and validates every input in one place. A bad value throws an OptionError that names the input.
 * `output-dir` must stay inside the workspace: a workflow (or a PR changing it) cannot write elsewhere.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const outputDir = path.resolve(workspace, input(Inputs.OutputDir, DEFAULTS.outputDir));
  if (!isInside(workspace, outputDir) || outputDir === workspace) {
    throw new OptionError(
      `${Inputs.OutputDir} must be a folder inside the workspace; got "${core.getInput(Inputs.OutputDir)}"`,
    );
  }
  const patterns = core.getMultilineInput(Inputs.Files).filter((line) => line.trim() !== '');
  const chromePath = core.getInput(Inputs.ChromePath).trim();
  const header = parseTemplate(core.getInput(Inputs.Header), Inputs.Header);
  const footer = parseTemplate(core.getInput(Inputs.Footer), Inputs.Footer);
  const css = core.getInput(Inputs.Css).trim();
  const merge = core.getInput(Inputs.Merge).trim();
  const mergeTitle = core.getInput(Inputs.MergeTitle).trim();
  const shard = parseShard(core.getInput(Inputs.Shard), Inputs.Shard);
  refuseMergeInShard(shard, merge, Inputs.Shard, Inputs.Merge);
  return {
    patterns: patterns.length ? patterns : [...DEFAULTS.patterns],
    failOnError: parseBoolean(input(Inputs.FailOnError, 'true'), Inputs.FailOnError),
    ifNoFilesFound: parseIfNoFilesFound(
      input(Inputs.IfNoFilesFound, DEFAULT_IF_NO_FILES_FOUND),
      Inputs.IfNoFilesFound,
    ),
    shard,
    changedOnly: parseChangedOnly(core.getInput(Inputs.ChangedOnly), Inputs.ChangedOnly),
    previewFromWorkflowRun: parseBoolean(
      input(Inputs.PreviewFromWorkflowRun, 'false'),
      Inputs.PreviewFromWorkflowRun,
    ),
    publish: {
      // `artifact-name` is read raw: an explicit empty value turns the artifact off.
      artifactName: core.getInput(Inputs.ArtifactName).trim(),
      retentionDays: core.getInput(Inputs.RetentionDays).trim()
        ? parseInteger(core.getInput(Inputs.RetentionDays), Inputs.RetentionDays, 1, 90)
        : undefined,
      releaseTag: core.getInput(Inputs.ReleaseTag).trim(),
      releasePrune: parseReleasePrune(shard),
      prComment: parseBoolean(input(Inputs.PrComment, 'true'), Inputs.PrComment),
      githubToken: core.getInput(Inputs.GithubToken).trim(),
    },
    convert: {
      workspace,
      outputDir,
      theme: parseTheme(input(Inputs.Theme, DEFAULTS.theme), Inputs.Theme),
      pageSize: parsePageSize(input(Inputs.PageSize, DEFAULTS.pageSize), Inputs.PageSize),
      concurrency: parseInteger(
        input(Inputs.Concurrency, String(defaultConcurrency())),
        Inputs.Concurrency,
        1,
        64,
      ),
      timeoutMs:
        parseInteger(input(Inputs.Timeout, String(DEFAULTS.timeoutSeconds)), Inputs.Timeout, 1, 86_400) *
        1000,
      chromePath: chromePath || undefined,
      maxFileSize: parseByteSize(input(Inputs.MaxFileSize, String(DEFAULTS.maxFileSize)), Inputs.MaxFileSize),
      allowRemoteAssets: parseBoolean(input(Inputs.AllowRemoteAssets, 'false'), Inputs.AllowRemoteAssets),
      sourceDate: parseSourceDateEpoch(env.SOURCE_DATE_EPOCH),
      toc: parseBoolean(input(Inputs.Toc, String(DEFAULTS.toc)), Inputs.Toc),
      tocDepth: parseTocDepth(input(Inputs.TocDepth, String(DEFAULTS.tocDepth)), Inputs.TocDepth),
      cover: parseBoolean(input(Inputs.Cover, String(DEFAULTS.cover)), Inputs.Cover),
      header: header || undefined,
      footer: footer || undefined,
      css: css ? parseStylesheetPath(css, workspace, Inputs.Css) : undefined,
      merge: merge ? parseMergePath(merge, outputDir, Inputs.Merge) : undefined,
      mergeTitle: mergeTitle || undefined,
      incremental: parseBoolean(input(Inputs.Incremental, 'false'), Inputs.Incremental),
      layoutEngine: parseLayoutEngine(input(Inputs.LayoutEngine, DEFAULTS.layoutEngine), Inputs.LayoutEngine),
      watermark: parseWatermark(core.getInput(Inputs.Watermark), Inputs.Watermark),
    },
  };
}
