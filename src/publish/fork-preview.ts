import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { artifactUrl } from './artifact.js';
import { deleteSameNameArtifact } from './replace-artifact.js';
import { describeRequestError, type GitHubClient } from './github-client.js';
import { renderPreviewComment, upsertPreviewComment, type PreviewComment } from './pr-comment.js';
import {
  MAX_PREVIEW_DATA_BYTES,
  PREVIEW_DATA_ARTIFACT,
  PREVIEW_DATA_FILE,
  parsePreviewData,
  serializePreviewData,
  type PreviewData,
} from './preview-data.js';
import { parsePagesMarker, type PreviewReport } from './preview-report.js';
import type { RunContext, WorkflowRunFacts } from '../shared/run-context.js';
import { MdPdfError } from '../shared/errors.js';

/**
 * The building run of a fork's pull request: uploads what the comment needs, for the `workflow_run` job to
 * post. A same-name artifact of an earlier attempt of this run is replaced. Undefined off a runner.
 */
export async function uploadPreviewData(
  data: PreviewData,
  options: { retentionDays?: number },
): Promise<{ id: number } | undefined> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.warning('Not on a GitHub Actions runner: the preview data for the comment job is not uploaded.');
    return undefined;
  }
  const dir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'md-pdf-preview-'));
  try {
    const file = path.join(dir, PREVIEW_DATA_FILE);
    await fs.writeFile(file, serializePreviewData(data));
    const client = new DefaultArtifactClient();
    await deleteSameNameArtifact(client, PREVIEW_DATA_ARTIFACT);
    const result = await client.uploadArtifact(PREVIEW_DATA_ARTIFACT, [file], dir, {
      retentionDays: options.retentionDays,
    });
    if (result.id === undefined) throw new Error('the artifact service returned no artifact id');
    core.info(
      `A fork's pull request gets a read-only token: the preview comment is left to the workflow_run job, ` +
        `which reads artifact "${PREVIEW_DATA_ARTIFACT}" (see the README)`,
    );
    return { id: result.id };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Thrown when the triggering run's data does not belong to the pull request it names. */
export class UntrustedPreviewError extends MdPdfError {}

async function readDataFile(dir: string): Promise<string> {
  const file = path.join(dir, PREVIEW_DATA_FILE);
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat?.isFile())
    throw new UntrustedPreviewError(`artifact "${PREVIEW_DATA_ARTIFACT}" has no ${PREVIEW_DATA_FILE}`);
  if (stat.size > MAX_PREVIEW_DATA_BYTES)
    throw new UntrustedPreviewError(`${PREVIEW_DATA_FILE} is too large`);
  return fs.readFile(file, 'utf8');
}

/**
 * The `workflow_run` job: posts (or updates) the preview comment of the pull request whose run triggered
 * it, from that run's artifacts. It runs no code of the pull request. The run's data is hostile until
 * checked: the pull request it names must have the triggering run's head commit and head repository (asked
 * of the API), every field is validated, every text escaped, and links are built from the API's artifact
 * listing of that run, never taken from the data.
 */
export async function commentFromWorkflowRun(
  octokit: GitHubClient,
  token: string,
  run: Pick<RunContext, 'serverUrl' | 'owner' | 'repo'>,
  trigger: WorkflowRunFacts,
): Promise<{ comment?: PreviewComment; report?: PreviewReport }> {
  const { owner, repo } = run;
  if (trigger.event !== 'pull_request') {
    core.info(`The triggering run was a ${trigger.event || 'non'} event, not a pull request: no comment`);
    return {};
  }
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner,
    repo,
    run_id: Number(trigger.id),
    per_page: 100,
  });
  const byName = new Map(artifacts.filter((a) => !a.expired).map((a) => [a.name, a.id]));
  const dataId = byName.get(PREVIEW_DATA_ARTIFACT);
  if (dataId === undefined) {
    core.info(
      `Run ${trigger.id} has no artifact "${PREVIEW_DATA_ARTIFACT}" (not a fork, or nothing built): no comment`,
    );
    return {};
  }
  const dir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'md-pdf-preview-data-'));
  let data: PreviewData;
  try {
    await new DefaultArtifactClient().downloadArtifact(dataId, {
      path: dir,
      findBy: { token, workflowRunId: Number(trigger.id), repositoryOwner: owner, repositoryName: repo },
    });
    data = parsePreviewData(await readDataFile(dir));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }

  // The number came from the untrusted run: the pull request must really be the one that run built.
  let pull;
  try {
    ({ data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: data.pullRequest }));
  } catch (error) {
    throw new UntrustedPreviewError(
      `The preview data names pull request ${data.pullRequest}, which could not be read: ${describeRequestError(error)}`,
    );
  }
  const headRepository = pull.head.repo?.full_name ?? '';
  if (
    pull.head.sha !== trigger.headSha ||
    headRepository.toLowerCase() !== trigger.headRepository.toLowerCase()
  ) {
    throw new UntrustedPreviewError(
      `Refusing to comment: pull request ${data.pullRequest} is at ${pull.head.sha.slice(0, 7)} of ${headRepository}, ` +
        `but run ${trigger.id} built ${trigger.headSha.slice(0, 7)} of ${trigger.headRepository}`,
    );
  }

  const link = (name: string | undefined) => {
    const id = name === undefined ? undefined : byName.get(name);
    return id === undefined ? undefined : artifactUrl({ ...run, runId: trigger.id }, id);
  };
  const zipUrl = link(data.zip);
  const report: PreviewReport = {
    rows: data.rows.map(({ artifact, ...row }) => {
      const url = link(artifact);
      return url ? { ...row, link: url } : row;
    }),
    removed: data.removed,
    scope: data.scope,
    zip: data.zip && zipUrl ? { name: data.zip, url: zipUrl } : undefined,
    runUrl: `${run.serverUrl}/${owner}/${repo}/actions/runs/${trigger.id}`,
    sha: trigger.headSha,
    fileLinksSkipped: data.fileLinksSkipped,
  };
  const comment = await upsertPreviewComment(
    octokit,
    { owner, repo, pullNumber: data.pullRequest },
    (previous) => renderPreviewComment({ ...report, previousPages: parsePagesMarker(previous) }),
  );
  if (comment) core.info(`Preview comment for pull request #${data.pullRequest}: ${comment.url}`);
  return { comment, report };
}
