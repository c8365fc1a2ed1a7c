import type { DocumentWarning } from './processor.js';

/** One line per problem: `file:line: what is wrong`, the format editors and CI logs link from. */
export function formatProblem(file: string, problem: DocumentWarning): string {
  return `${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}
