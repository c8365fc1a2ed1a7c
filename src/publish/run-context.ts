import { readFileSync } from 'node:fs';

/** The facts about the current workflow run that publishing needs, read once from the runner's environment. */
export interface RunContext {
  /** Web root, e.g. `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** REST root, e.g. `https://api.github.com` (GITHUB_API_URL). */
  apiUrl: string;
  owner: string;
  repo: string;
  /** Workflow run id (GITHUB_RUN_ID), kept as text: it only goes into URLs. */
  runId: string;
  /** Event that started the run (GITHUB_EVENT_NAME). */
  eventName: string;
  /** Commit the PDFs were built from: the PR head for pull requests, GITHUB_SHA otherwise. */
  sha?: string;
  /** Pull request number on `pull_request` / `pull_request_target` events. */
  pullRequestNumber?: number;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Reads the run context from the variables the runner sets (and the event payload file it points to). */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const context: RunContext = {
    serverUrl: trimSlash(env.GITHUB_SERVER_URL || 'https://github.com'),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ?? '',
    eventName,
    sha: env.GITHUB_SHA || undefined,
  };
  if (PULL_REQUEST_EVENTS.has(eventName) && env.GITHUB_EVENT_PATH) {
    const pullRequest = readPullRequest(env.GITHUB_EVENT_PATH);
    if (pullRequest) {
      context.pullRequestNumber = pullRequest.number;
      // GITHUB_SHA is the throw-away merge commit on pull_request; the head is what reviewers know.
      context.sha = pullRequest.headSha ?? context.sha;
    }
  }
  return context;
}

/** Link to the run's page, where its artifacts and logs are. */
export function runUrl(run: Pick<RunContext, 'serverUrl' | 'owner' | 'repo' | 'runId'>): string {
  return `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}`;
}

/**
 * Where a file of the repository is shown at the built commit, `{server}/{owner}/{repo}/blob/{sha}/`
 * (the path follows): links to files a run does not convert go there. Undefined outside a GitHub run.
 */
export function repositoryFileUrl(run: RunContext): string | undefined {
  if (!run.owner || !run.repo || !run.sha) return undefined;
  return `${run.serverUrl}/${run.owner}/${run.repo}/blob/${run.sha}/`;
}

function readPullRequest(eventPath: string): { number: number; headSha?: string } | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } }).pull_request;
  if (typeof pr?.number !== 'number') return undefined;
  return { number: pr.number, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : undefined };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
