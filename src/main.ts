import * as core from '@actions/core';
import { cancellationOf, describeCancelledRun } from './cancellation.js';
import { convert } from './convert.js';
import { findMarkdownFiles, outputPathFor } from './discover.js';
import { countOf, posixRelative } from './format.js';
import { noMatchOutcome } from './no-match.js';
import { getInputs } from './inputs.js';
import {
  PublishError,
  publishOutputs,
  publishPdfs,
  readRunContext,
  releaseAssetUrls,
  repositoryFileUrl,
  summarizePublished,
} from './publish/index.js';
import type { PublishResult } from './publish/index.js';
import { annotate, logLine, setOutputs, writeSummary } from './report.js';
import { buildRunReport, REPORT_ENTRY, writeRunReport } from './run-report.js';
import { describeShard, selectShard, shardArtifactName } from './shard.js';

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
    // With `shard: k/n` this job converts, reports and publishes its own part only (see shard.ts).
    const { shard } = inputs;
    const selection = shard ? await selectShard(found.files, found.rejected, shard) : undefined;
    if (shard && selection) {
      core.info(describeShard(shard, selection));
      if (inputs.publish.prComment)
        core.info(
          'pr-comment is skipped in a sharded run (one comment per shard would overwrite the others)',
        );
    }
    const { files, rejected } = selection ?? found;
    const runContext = readRunContext();
    const results = await convert(
      files,
      {
        ...inputs.convert,
        // Links reach every document `files` matches, in this shard or another, and other files on GitHub.
        documentSet: found.files.map((f) => f.relativePath),
        repositoryFileUrl: repositoryFileUrl(runContext),
        // Release assets are downloaded one by one: links between documents go to the other assets.
        publishedPdfUrls: inputs.publish.releaseTag
          ? releaseAssetUrls(
              runContext,
              inputs.publish.releaseTag,
              found.files.map((f) => ({
                source: f.relativePath,
                relativePdf: posixRelative(outputDir, f.outputPath),
              })),
            )
          : undefined,
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
    const pdfs = results.flatMap((r) =>
      r.status === 'written' || r.status === 'unchanged'
        ? [
            {
              source: r.source,
              pdf: r.pdf!,
              relativePdf: posixRelative(outputDir, r.pdf!),
              pages: r.pages!,
              bytes: r.bytes!,
            },
          ]
        : [],
    );
    let published: PublishResult = {};
    let publishFailure: Error | undefined;
    try {
      published = await publishPdfs({
        pdfs,
        failedSources: results.filter((r) => r.status === 'failed').map((r) => r.source),
        // release-prune keeps the assets of these: failed now, their last good PDF stays.
        failedPdfs: [
          ...results.filter((r) => r.status === 'failed').map((r) => r.source),
          ...rejected.map((r) => r.relativePath),
        ].map((source) => posixRelative(outputDir, outputPathFor(source, outputDir))),
        outputDir,
        ...inputs.publish,
        artifactExtras: [{ entry: REPORT_ENTRY, path: reportPath }],
        // Each shard uploads its own artifact, `<artifact-name>-2-of-4`, for a final job to merge. The one
        // sticky PR comment cannot list n jobs' PDFs (each job would replace the others'), so shards skip it.
        artifactName: shardArtifactName(inputs.publish.artifactName, shard),
        prComment: inputs.publish.prComment && !shard,
        run: runContext,
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
    });
    if (publishFailure) core.setFailed(publishFailure.message);
    const failed = rejected.length + results.filter((r) => r.status === 'failed').length;
    if (failed > 0) {
      const message = `${failed} of ${countOf(files.length + rejected.length, 'file')} could not be converted (see the annotations)`;
      if (inputs.failOnError) core.setFailed(message);
      else core.warning(message);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
