import path from 'node:path';
import * as core from '@actions/core';
import { OptionError } from '../shared/errors.js';
import { parseInteger } from '../engine/options.js';
import type { ConvertOptions } from '../engine/options.js';
import type { IfNoFilesFound } from '../engine/no-match.js';
import type { ShardSpec } from '../engine/shard.js';
import { parseChangedOnly } from '../engine/changed-scope.js';
import type { ChangedOnlyMode } from '../engine/changed-scope.js';
import { resolveRunPlan, shellOptions } from '../options/resolve.js';
import type { ShellOptions } from '../options/resolve.js';
import { ACTION_INPUTS } from '../options/table.js';

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

/** The action's inputs as the runner passes them (action.yml's defaults filled in); the CLI's flags are no inputs. */
function readInput(name: string): string | undefined {
  const spec = ACTION_INPUTS.find((option) => option.name === name);
  if (!spec) return undefined;
  return spec.type === 'list' ? core.getMultilineInput(name).join('\n') : core.getInput(name);
}

/**
 * `release-prune`, refused where it would delete what it should keep: with `shard` each job would delete
 * the other jobs' assets, and without `release-tag` there is no release to prune.
 */
function parseReleasePrune(inputs: ShellOptions, shard: ShardSpec | undefined): boolean {
  if (!inputs.flag('release-prune')) return false;
  if (shard)
    throw new OptionError(
      'release-prune cannot be combined with shard: each shard would delete the PDFs the other shards uploaded',
    );
  if (inputs.raw('release-tag') === '')
    throw new OptionError('release-prune needs release-tag: there is no release to prune');
  return true;
}

/**
 * Reads and validates every input in one place (options/resolve.ts does what the CLI shares). A bad value
 * throws an OptionError that names the input.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const inputs = shellOptions('action', readInput);
  const plan = resolveRunPlan(inputs, {
    patterns: core.getMultilineInput('files'),
    workspace: path.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
    env,
  });
  const retentionDays = inputs.raw('retention-days');
  return {
    ...plan,
    failOnError: inputs.flag('fail-on-error'),
    changedOnly: parseChangedOnly(inputs.value('changed-only'), 'changed-only'),
    previewFromWorkflowRun: inputs.flag('preview-from-workflow-run'),
    publish: {
      // `artifact-name` is read as given: an explicit empty value turns the artifact off.
      artifactName: inputs.raw('artifact-name'),
      retentionDays: retentionDays ? parseInteger(retentionDays, 'retention-days', 1, 90) : undefined,
      releaseTag: inputs.raw('release-tag'),
      releasePrune: parseReleasePrune(inputs, plan.shard),
      prComment: inputs.flag('pr-comment'),
      githubToken: inputs.raw('github-token'),
    },
  };
}
