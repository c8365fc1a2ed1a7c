import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { errorMessage } from '../shared/errors.js';

/** The Octokit instance `@actions/github` builds (REST methods + pagination). */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** How the REST client reaches GitHub and how it rides out transient server errors. */
export interface GitHubClientOptions {
  /** REST API root, e.g. `https://api.github.com` or `https://ghes.example.com/api/v3`. */
  baseUrl: string;
  /** Extra attempts after a 5xx/429 answer or a network failure (default 3). */
  retries?: number;
  /** First backoff in milliseconds, doubled on each attempt (default 1000). */
  retryDelayMs?: number;
}

const MAX_RETRY_AFTER_MS = 60_000;

/** Creates the REST client for the release and comment calls, with a retry on transient server errors. */
export function createGitHubClient(token: string, options: GitHubClientOptions): GitHubClient {
  // baseUrl is passed explicitly: @actions/github reads GITHUB_API_URL once at import time.
  const octokit = getOctokit(token, { baseUrl: options.baseUrl });
  const retries = options.retries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  // Octokit has no retry of its own and @octokit/plugin-retry is not a dependency; uploads to
  // uploads.github.com do see the odd 502, and every caller here copes with a repeated request
  // (422 already_exists is handled, a duplicate comment is cleaned up on the next run).
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = httpStatusOf(error);
        const transient = status === undefined || status >= 500 || status === 429;
        if (!transient || attempt >= retries) throw error;
        const delay = retryAfterMs(error) ?? retryDelayMs * 2 ** attempt;
        core.info(
          `${requestOptions.method} ${String(requestOptions.url)} answered ${status ?? 'no response'}; ` +
            `retrying in ${delay} ms (attempt ${attempt + 2} of ${retries + 1})`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  });
  return octokit;
}

/** The HTTP status of an Octokit `RequestError`, if the error is one. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return undefined;
}

/** True when a 422 says the thing being created exists already (GitHub's `already_exists` validation code). */
export function isAlreadyExists(error: unknown): boolean {
  if (httpStatusOf(error) !== 422) return false;
  const errors = responseData(error)?.errors;
  return Array.isArray(errors) && errors.some((e: unknown) => isRecord(e) && e.code === 'already_exists');
}

/** The message to show for a failed request: GitHub's own words, with the status. */
export function describeRequestError(error: unknown): string {
  const status = httpStatusOf(error);
  const data = responseData(error);
  const message = typeof data?.message === 'string' ? data.message : errorMessage(error);
  return status === undefined ? message : `${status} ${message}`;
}

function retryAfterMs(error: unknown): number | undefined {
  if (!isRecord(error) || !isRecord(error.response) || !isRecord(error.response.headers)) return undefined;
  const seconds = Number(error.response.headers['retry-after']);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

function responseData(error: unknown): Record<string, unknown> | undefined {
  if (!isRecord(error) || !isRecord(error.response)) return undefined;
  return isRecord(error.response.data) ? error.response.data : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
