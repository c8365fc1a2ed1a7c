import * as core from '@actions/core';
import { cancellationOf, describeCancelledRun } from '../engine/cancellation.js';
import { changedFilesForRun, changedOnlyApplies, narrowToChanges } from '../engine/changed-scope.js';
import type { ChangedScope } from '../engine/changed-scope.js';
import { convert } from '../engine/convert.js';
import { hasPdf } from '../engine/results.js';
import { findMarkdownFiles } from '../engine/discover.js';
import { countOf, posixRelative } from '../shared/format.js';
import { noMatchOutcome } from '../engine/no-match.js';
import { getInputs } from './inputs.js';
import {
  commentFromWorkflowRun,
  createGitHubClient,
  PublishError,
  publishOutputs,
  publishPdfs,
  summarizePublished,
} from '../publish/index.js';
import { readRunContext } from '../shared/run-context.js';
import type { GitHubClient, PublishResult } from '../publish/index.js';
import { previewFacts, previewSummary } from './preview-facts.js';
import { changeScopeContext, linkTargets, templateProvenance } from '../options/run-facts.js';
import { annotate, logLine, setOutputs, writeSummary } from './report.js';
import { SUMMARY_MAX_BYTES } from './job-summary.js';
import { buildRunReport, REPORT_ENTRY, writeRunReport } from './run-report.js';
import { pdfsOfExistingDocuments } from './prune-keep.js';
import { describeShard, selectShard, shardArtifactName } from '../engine/shard.js';
import { errorMessage } from '../shared/errors.js';

/**
 * The action: inputs → discover → convert → report. Every file is attempted; failures are annotated on
 * their files, and the step fails at the end when any file failed (unless `fail-on-error: false`).
 * When `signal` aborts (SIGINT/SIGTERM, see cancellation.ts) the run stops early, reports what it wrote
 * and publishes nothing; the entry then exits 130/143.
 */
export async function run(signal?: AbortSignal): Promise<void> {
  try {
    signal?.addEventListener('abort', () =>
      core.info(
        `${cancellationOf(signal)!.signalName}: cancelling the run; the documents in flight get a moment to finish, and a partial set is not published`,
      ),
    );
    const inputs = getInputs();
    if (inputs.previewFromWorkflowRun) return await postForkPreview(inputs.publish.githubToken);
    const { workspace, outputDir } = inputs.convert;
    const found = await findMarkdownFiles(inputs.patterns, workspace, outputDir);
    core.info(`Found ${countOf(found.files.length, 'Markdown file')}`);
    const noMatch = noMatchOutcome(
      found.files.length + found.rejected.length,
      inputs.patterns,
      inputs.ifNoFilesFound,
    );
    if (noMatch?.level === 'warning') core.warning(noMatch.message);
    if (noMatch?.level === 'info') core.info(noMatch.message);
    if (noMatch?.fails) {
      // As actions/upload-artifact does: fail before converting or publishing anything.
      setOutputs([], workspace);
      core.setFailed(`${noMatch.message} (if-no-files-found: error)`);
      return;
    }
    const run = readRunContext();
    inputs.convert.provenance = await templateProvenance(inputs.convert, run);
    let octokit: GitHubClient | undefined;
    const github = () =>
      (octokit ??= createGitHubClient(inputs.publish.githubToken, { baseUrl: run.apiUrl }));
    // A preview converts what the change touched only (see changed-only.ts).
    let scope: ChangedScope | undefined;
    if (changedOnlyApplies(inputs.changedOnly, run.eventName)) {
      scope = await narrowToChanges(
        found,
        () => changedFilesForRun(run, workspace, github),
        changeScopeContext(inputs),
      );
      if (scope.narrowed) core.info(scope.selection.note);
      else core.notice(`Converting every document: ${scope.reason}`);
    }
    const changed = scope?.narrowed ? scope.selection : found;
    // With `shard: k/n` this job converts, reports and publishes its own part only (see shard.ts).
    const { shard } = inputs;
    const selection = shard ? await selectShard(changed.files, changed.rejected, shard) : undefined;
    if (shard && selection) {
      core.info(describeShard(shard, selection));
      if (inputs.publish.prComment)
        core.info(
          'pr-comment is skipped in a sharded run (one comment per shard would overwrite the others)',
        );
    }
    const { files, rejected } = selection ?? changed;
    const results = await convert(
      files,
      {
        ...inputs.convert,
        ...linkTargets(found.files, { run, releaseTag: inputs.publish.releaseTag, outputDir }),
      },
      {
        signal,
        onInfo: (message) => core.info(message),
        onFileDone: (result) => core.info(logLine(result, workspace)),
      },
    );
    const report = buildRunReport(results, rejected, workspace);
    const reportPath = await writeRunReport(report);
    core.setOutput('report', reportPath);
    annotate(report, reportPath);
    setOutputs(results, workspace);
    const cancelled = cancellationOf(signal);
    if (cancelled) {
      // A partial set is no artifact, release or preview: publish nothing, and say so.
      const message = `The run was ${describeCancelledRun(cancelled, results, rejected.length)}; nothing was published`;
      core.warning(message);
      await writeSummary({ report, reportPath, notice: `**Cancelled.** ${message}` });
      return;
    }

    // Publish only this run's PDFs (written, or kept unchanged by an incremental run: the artifact holds
    // the full set), never whatever else lies in the output folder.
    const pdfs = results.filter(hasPdf).map((r) => ({
      source: r.source,
      pdf: r.pdf,
      relativePdf: posixRelative(outputDir, r.pdf),
      pages: r.pages,
      bytes: r.bytes,
    }));
    let published: PublishResult = {};
    let publishFailure: Error | undefined;
    try {
      published = await publishPdfs({
        pdfs,
        failedSources: results.filter((r) => r.status === 'failed').map((r) => r.source),
        // release-prune keeps the assets of every document that still exists (failed, or left to changed-only).
        pdfsToKeep: pdfsOfExistingDocuments(found, outputDir),
        preview: previewFacts(results, rejected, outputDir, scope),
        octokit,
        outputDir,
        ...inputs.publish,
        artifactExtras: [{ entry: REPORT_ENTRY, path: reportPath }],
        // Each shard uploads its own artifact, `<artifact-name>-2-of-4`, for a final job to merge. The one
        // sticky PR comment cannot list n jobs' PDFs (each job would replace the others'), so shards skip it.
        artifactName: shardArtifactName(inputs.publish.artifactName, shard),
        prComment: inputs.publish.prComment && !shard,
        run,
      });
    } catch (error) {
      if (!(error instanceof PublishError)) throw error;
      published = error.result;
      publishFailure = error;
    }
    for (const [name, value] of Object.entries(publishOutputs(published))) core.setOutput(name, value);
    const publishedSummary = summarizePublished(published);
    await writeSummary({
      report,
      reportPath,
      artifact: published.artifact,
      renamed: published.artifact?.renamed,
      published: publishedSummary.markdown ? publishedSummary.markdown.split('\n') : [],
      sections: previewSummary(published.report),
    });
    if (publishFailure) core.setFailed(publishFailure.message);
    const failed = rejected.length + results.filter((r) => r.status === 'failed').length;
    if (failed > 0) {
      const message = `${failed} of ${countOf(files.length + rejected.length, 'file')} could not be converted (see the annotations)`;
      if (inputs.failOnError) core.setFailed(message);
      else core.warning(message);
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

/**
 * `preview-from-workflow-run: true`: the second job of the fork pattern. Converts nothing and runs no code
 * of the pull request; posts the preview comment from the triggering run's artifacts.
 */
async function postForkPreview(token: string): Promise<void> {
  const run = readRunContext();
  if (!run.workflowRun) {
    throw new Error(
      'preview-from-workflow-run needs a workflow_run event (on: workflow_run: types: [completed])',
    );
  }
  if (token === '') throw new Error('Input github-token is empty; the comment job needs it.');
  const octokit = createGitHubClient(token, { baseUrl: run.apiUrl });
  const { report } = await commentFromWorkflowRun(octokit, token, run, run.workflowRun);
  for (const section of previewSummary(report, SUMMARY_MAX_BYTES)) {
    await core.summary.addHeading(section.heading, 2).addRaw(section.markdown, true).write();
  }
}
