// The environment the Actions runner gives `node dist/index.js`: INPUT_* variables (action.yml defaults
// for inputs the workflow leaves out), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { REPO_ROOT, tempDir } from './render.js';

/** The bundled action, as the runner starts it. */
export const ACTION = path.join(REPO_ROOT, 'dist/index.js');

/** The runner sets every input, taking action.yml's default for those the workflow leaves out. */
export function defaultInputs(token: string): Record<string, string> {
  const action = YAML.parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [
      name,
      String(spec.default ?? '').replace('${{ github.token }}', token),
    ]),
  );
}

/** A runner step's environment and the files it reports through. */
export interface RunnerStep {
  env: Record<string, string | undefined>;
  outputFile: string;
  summaryFile: string;
}

/** The environment of one action step in `workspace`, with these inputs and extra variables. */
export function runnerStep(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
): RunnerStep {
  const runnerTemp = tempDir('runner');
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries({ ...defaultInputs(env.GITHUB_TOKEN ?? ''), ...inputs }).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
  return {
    outputFile,
    summaryFile,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      GITHUB_ACTIONS: 'true',
      ...inputEnv,
      ...env,
    },
  };
}
