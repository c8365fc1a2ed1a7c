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
  /** The commit the change is compared with: the PR's base, or a push's `before`. */
  baseSha?: string;
  /** Branch the PDFs were built from: the PR's head branch, else GITHUB_REF_NAME. */
  refName?: string;
  /** Workflow run number (GITHUB_RUN_NUMBER). */
  runNumber?: string;
  /** The pull request comes from a fork (its head repository is not this one): its token is read-only. */
  fromFork?: boolean;
  /** On `workflow_run` events: the run that triggered this one. */
  workflowRun?: WorkflowRunFacts;
}

/** The triggering run of a `workflow_run` event, as the event payload (written by GitHub) gives it. */
export interface WorkflowRunFacts {
  id: string;
  /** The event that started it, e.g. `pull_request`. */
  event: string;
  headSha: string;
  /** `owner/name` of the repository it built. */
  headRepository: string;
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
    refName: env.GITHUB_REF_NAME || undefined,
    runNumber: env.GITHUB_RUN_NUMBER || undefined,
  };
  const payload = env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : undefined;
  if (PULL_REQUEST_EVENTS.has(eventName) && payload) {
    const pullRequest = readPullRequest(payload);
    if (pullRequest) {
      context.pullRequestNumber = pullRequest.number;
      // GITHUB_SHA is the throw-away merge commit on pull_request; the head is what reviewers know.
      context.sha = pullRequest.headSha ?? context.sha;
      context.baseSha = pullRequest.baseSha;
      context.refName = pullRequest.headRef ?? context.refName;
      const base = (payload as { repository?: { full_name?: unknown } }).repository?.full_name;
      const baseRepository = typeof base === 'string' ? base : `${owner}/${repo}`;
      context.fromFork =
        pullRequest.headRepository !== undefined &&
        pullRequest.headRepository.toLowerCase() !== baseRepository.toLowerCase();
    }
  } else if (eventName === 'workflow_run' && payload) {
    context.workflowRun = readWorkflowRun(payload);
  } else if (eventName === 'push' && payload) {
    const before = (payload as { before?: unknown }).before;
    // A new branch's push has no before (all zeros).
    if (typeof before === 'string' && !/^0+$/.test(before)) context.baseSha = before;
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

function readPayload(eventPath: string): unknown {
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
}

interface PullRequestFacts {
  number: number;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  headRepository?: string;
}

function readWorkflowRun(payload: unknown): WorkflowRunFacts | undefined {
  const run = (payload as { workflow_run?: Record<string, unknown> }).workflow_run;
  if (typeof run !== 'object' || run === null || typeof run.id !== 'number') return undefined;
  const repository = run.head_repository as { full_name?: unknown } | undefined;
  return {
    id: String(run.id),
    event: typeof run.event === 'string' ? run.event : '',
    headSha: typeof run.head_sha === 'string' ? run.head_sha : '',
    headRepository: typeof repository?.full_name === 'string' ? repository.full_name : '',
  };
}

function readPullRequest(payload: unknown): PullRequestFacts | undefined {
  type Side = { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } | null };
  const pr = (payload as { pull_request?: { number?: unknown; head?: Side; base?: Side } }).pull_request;
  if (typeof pr?.number !== 'number') return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    number: pr.number,
    headSha: text(pr.head?.sha),
    baseSha: text(pr.base?.sha),
    headRef: text(pr.head?.ref),
    headRepository: text(pr.head?.repo?.full_name),
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
