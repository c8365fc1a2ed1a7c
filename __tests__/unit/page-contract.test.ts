// The page scripts are type-checked against the page contract (src/shared/page-contract.ts) that Node
// uses too: the shipped scripts pass, and a script that breaks the contract does not.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
const PAGE_SCRIPTS = path.join(REPO_ROOT, 'page-scripts');

/** Runs the page scripts' type check on `project`; resolves with its exit code and report. */
async function typeCheck(project: string): Promise<{ code: number; report: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [TSC, '-p', project, '--pretty', 'false']);
    return { code: 0, report: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, report: failed.stdout ?? String(error) };
  }
}

describe('page contract', () => {
  it('holds for the page scripts we ship', async () => {
    const { code, report } = await typeCheck(PAGE_SCRIPTS);
    expect(report).toBe('');
    expect(code).toBe(0);
  });

  it('refuses a page script that reports a diagnostic or swaps a document the wrong way', async () => {
    const dir = tempDir('page-contract');
    fs.writeFileSync(
      path.join(dir, 'wrong.js'),
      [
        '(() => {',
        "  window.__mdPdf?.diagnostics.push({ text: 'no message' });",
        "  window.__mdPdf?.swap?.({ url: 'https://workspace.md-pdf.invalid/a.md' });",
        '})();',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: path.join(PAGE_SCRIPTS, 'tsconfig.json'),
        include: [path.join(PAGE_SCRIPTS, '*.d.ts'), 'wrong.js'],
      }),
    );
    const { code, report } = await typeCheck(dir).finally(() => fs.rmSync(dir, { recursive: true }));
    expect(code).not.toBe(0);
    // One error each, at the line that breaks the contract.
    expect(report).toMatch(
      /wrong\.js\(2,\d+\): error TS\d+: Object literal may only specify known properties/,
    );
    expect(report).toMatch(/wrong\.js\(3,\d+\): error TS\d+: Argument of type .* is not assignable/);
  });
});
