// More failed files than GitHub annotates (#16), through dist/ as the runner runs it: GitHub shows 10 error
// annotations per step, and the step's own failure message is one of them, so it must not be the one lost.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, runAction, writeWorkspace, type ActionRun } from '../helpers/action-run.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

describe('dist/index.js with 12 failed files', () => {
  let server: GitHubServer;
  let run: ActionRun;

  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
    const files: Record<string, string> = { 'good.md': '# Good\n' };
    for (let i = 0; i < 12; i++) files[`bad/${i}.md`] = `---\ntitle: x\nbad: [unclosed\n---\n# Bad ${i}\n`;
    run = await runAction(
      writeWorkspace(files),
      { files: '**/*.md', 'artifact-name': '', 'github-token': server.token },
      server.runnerEnv(),
    );
  }, 240_000);
  afterAll(async () => server?.close());

  it('keeps the step’s failure message within the 10 errors GitHub shows, and counts the rest', () => {
    expect(run.code, run.stdout).toBe(1);
    const errors = run.stdout.match(/^::error.*$/gm)!;
    expect(errors).toHaveLength(10);
    expect(errors.filter((e) => e.startsWith('::error title=md-pdf,file=bad/'))).toHaveLength(9);
    expect(errors.at(-1)).toBe('::error::12 of 13 files could not be converted (see the annotations)');
    expect(run.stdout).toMatch(/^::notice::3 problems were not annotated: /m);
    // Every failure is still in the log, grouped by file, and in the summary.
    expect(run.stdout.match(/^::group::bad\/\d+\.md \(failed\)$/gm)).toHaveLength(12);
    expect(run.summary.match(/^bad\/\d+\.md:\d+: front matter is not valid YAML/gm)).toHaveLength(12);
  });
});
