import * as core from '@actions/core';
import { convert } from './convert.js';
import { findMarkdownFiles } from './discover.js';
import { getInputs } from './inputs.js';
import { annotate, logLine, setOutputs, writeSummary } from './report.js';

/**
 * The action: inputs → discover → convert → report. Every file is attempted; failures are annotated on
 * their files, and the step fails at the end when any file failed (unless `fail-on-error: false`).
 */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const { workspace, outputDir } = inputs.convert;
    const { files, rejected } = await findMarkdownFiles(inputs.patterns, workspace, outputDir);
    core.info(`Found ${files.length} Markdown file${files.length === 1 ? '' : 's'}`);
    if (files.length === 0 && rejected.length === 0) {
      core.warning(`No Markdown files match: ${inputs.patterns.join(', ')}`);
    }
    const results = await convert(files, inputs.convert, {
      onInfo: (message) => core.info(message),
      onFileDone: (result) => core.info(logLine(result, workspace)),
    });
    annotate(results, rejected);
    setOutputs(results, workspace);
    await writeSummary(results, rejected, workspace);
    const failed = rejected.length + results.filter((r) => r.status === 'failed').length;
    if (failed > 0) {
      const message = `${failed} of ${files.length + rejected.length} files could not be converted (see the annotations)`;
      if (inputs.failOnError) core.setFailed(message);
      else core.warning(message);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
