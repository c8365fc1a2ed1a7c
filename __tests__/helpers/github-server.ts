// A local stand-in for the three GitHub services the publish step talks to, speaking their wire protocols
// so the real clients (@actions/artifact, @azure/storage-blob, Octokit) run unmodified against it:
// - the Actions results service (Twirp JSON: CreateArtifact, FinalizeArtifact),
// - Azure block-blob storage behind the signed upload URL (PUT ?comp=block, PUT ?comp=blocklist),
// - the REST API (releases, release assets via upload_url, issue comments), laid out like GHES
//   (`/api/v3`, `/api/uploads`) so a client that ignores baseUrl or upload_url misses it.
// It listens on 127.0.0.1 only; tests and the end-to-end test of dist/index.js share it.
import http from 'node:http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Path and query string. */
  url: string;
  pathname: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A scripted answer: the next `times` matching requests get `status` (and `body`), or run `before` first. */
export interface Interception {
  method?: string;
  /** Exact pathname, or a RegExp tested against path + query. */
  path: string | RegExp;
  /** How many matching requests to intercept (default 1). */
  times?: number;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** Body for the answer; a protocol-appropriate error body when absent. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Runs before the request is handled normally (when no status is given), e.g. to stage a race. */
  before?: (request: RecordedRequest) => void;
}

/** A workflow artifact as the results service knows it. */
export interface StoredArtifact {
  id?: number;
  name: string;
  /** The workflow run (GITHUB_RUN_ID) it belongs to. */
  runId: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  version: number;
  mimeType?: string;
  expiresAt?: string;
  blobPath: string;
  finalized: boolean;
  size?: number;
  hash?: string;
}

export interface StoredAsset {
  id: number;
  name: string;
  label: string;
  contentType: string;
  data: Buffer;
}

export interface StoredRelease {
  id: number;
  tagName: string;
  name: string;
  draft: boolean;
  targetCommitish?: string;
  assets: StoredAsset[];
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: { login: string; type: string };
  createdAt: string;
  updatedAt: string;
}

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** The token the REST API accepts (`github-token`). */
  token?: string;
  runId?: string;
  /** Backend ids carried in the runtime token's `Actions.Results:<run>:<job>` scope. */
  workflowRunBackendId?: string;
  workflowJobRunBackendId?: string;
}

/** GitHub refuses an issue comment body longer than this many characters. */
const COMMENT_BODY_LIMIT = 65_536;

/** GitHub's answer to a comment body over {@link COMMENT_BODY_LIMIT}. */
function commentTooLong(res: http.ServerResponse): void {
  sendJson(res, 422, {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`,
      },
    ],
  });
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BLOB_PREFIX = '/blob/actions-results/';

/** The running fake; see the file comment. */
export class GitHubServer {
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  /** The current workflow run; {@link GitHubServer.startNextRun} moves on to a new one. */
  runId: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Unsigned JWT the artifact client reads its backend ids from. */
  runtimeToken: string;
  /** `http://127.0.0.1:<port>`, known once started. */
  url = '';

  readonly requests: RecordedRequest[] = [];
  /** Requests no route answered (a test can assert it stays empty). */
  readonly unhandled: RecordedRequest[] = [];
  readonly artifacts: StoredArtifact[] = [];
  /** Artifacts removed through DeleteArtifact. */
  readonly deletedArtifacts: StoredArtifact[] = [];
  readonly blobs = new Map<string, Buffer>();
  readonly releases: StoredRelease[] = [];
  readonly comments: StoredComment[] = [];
  /** `GET /pulls/{n}` answers, by pull number: the head commit and the head repository's `owner/name`. */
  readonly pulls = new Map<number, { headSha: string; headRepository: string }>();
  /** `GET /pulls/{n}/files` answers, by pull number (the API's entries: filename, status, previous_filename). */
  readonly pullFiles = new Map<number, Record<string, unknown>[]>();

  private readonly stagedBlocks = new Map<string, Map<string, Buffer>>();
  private readonly interceptions: Interception[] = [];
  private readonly signature = randomBytes(12).toString('hex');
  private nextId = 1000;
  private readonly server: http.Server;

  constructor(options: GitHubServerOptions = {}) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'reports';
    this.token = options.token ?? 'ghs_localtesttoken';
    this.runId = options.runId ?? '4242';
    this.workflowRunBackendId = options.workflowRunBackendId ?? 'c0ffee00-0000-4000-8000-00000000a11c';
    this.workflowJobRunBackendId = options.workflowJobRunBackendId ?? 'c0ffee00-0000-4000-8000-00000000b0b0';
    this.runtimeToken = runtimeTokenFor(this.workflowRunBackendId, this.workflowJobRunBackendId);
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, Buffer.concat(chunks), res));
    });
  }

  /** REST root, GHES style. */
  get apiUrl(): string {
    return `${this.url}/api/v3`;
  }

  /** Listens on a random port of 127.0.0.1. */
  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    // Octokit's fetch keeps connections alive; close() alone would wait for them.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * The variables a runner gives an action, pointing every client here. GITHUB_SERVER_URL stays github.com
   * (nothing contacts it; @actions/artifact refuses any other host as GHES): pass it in `extra` to change it.
   */
  runnerEnv(extra: Record<string, string> = {}): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: this.runtimeToken,
      ACTIONS_RESULTS_URL: `${this.url}/`,
      GITHUB_API_URL: this.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${this.owner}/${this.repo}`,
      GITHUB_RUN_ID: this.runId,
      ...extra,
    };
  }

  /**
   * Moves on to a new workflow run (new run id, backend ids and runtime token), as a later push would:
   * artifacts are per run, while releases and comments stay. Call {@link runnerEnv} again afterwards.
   */
  startNextRun(): void {
    this.runId = String(Number(this.runId) + 1);
    this.workflowRunBackendId = randomUUID();
    this.workflowJobRunBackendId = randomUUID();
    this.runtimeToken = runtimeTokenFor(this.workflowRunBackendId, this.workflowJobRunBackendId);
  }

  /** Scripts the answer to the next matching request(s). */
  intercept(interception: Interception): void {
    this.interceptions.push({ times: 1, ...interception });
  }

  /** The uploaded zip of a finalized artifact of the current run. */
  artifactContent(name: string): Buffer | undefined {
    const artifact = this.artifacts.find(
      (a) => a.name === name && a.finalized && a.workflowRunBackendId === this.workflowRunBackendId,
    );
    return artifact && this.blobs.get(artifact.blobPath);
  }

  /** Adds a release directly, as if made on github.com. */
  addRelease(tagName: string, options: { draft?: boolean } = {}): StoredRelease {
    const release: StoredRelease = {
      id: this.id(),
      tagName,
      name: tagName,
      draft: options.draft ?? false,
      assets: [],
    };
    this.releases.push(release);
    return release;
  }

  /** Adds an asset directly (e.g. one a parallel job uploaded). */
  addAsset(release: StoredRelease, name: string, data: Buffer, label = ''): StoredAsset {
    const asset: StoredAsset = { id: this.id(), name, label, contentType: 'application/pdf', data };
    release.assets.push(asset);
    return asset;
  }

  /** Adds a comment directly, by a user or a bot. */
  addComment(issueNumber: number, body: string, login = 'someone'): StoredComment {
    const now = new Date().toISOString();
    const comment: StoredComment = {
      id: this.id(),
      issueNumber,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      createdAt: now,
      updatedAt: now,
    };
    this.comments.push(comment);
    return comment;
  }

  private id(): number {
    return this.nextId++;
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const parsed = new URL(req.url ?? '/', this.url);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      url: parsed.pathname + parsed.search,
      pathname: parsed.pathname,
      query: parsed.searchParams,
      headers: req.headers,
      body,
    };
    this.requests.push(request);
    try {
      const interception = this.takeInterception(request);
      if (interception?.status !== undefined) {
        this.answerIntercepted(request, interception, res);
        return;
      }
      interception?.before?.(request);
      if (request.pathname.startsWith(TWIRP_PREFIX)) return this.handleTwirp(request, res);
      if (request.pathname.startsWith(BLOB_PREFIX)) return this.handleBlob(request, res);
      if (request.pathname.startsWith('/api/')) return this.handleRest(request, res);
      if (request.method === 'GET' && this.handleDownload(request, res)) return;
      this.unhandled.push(request);
      sendJson(res, 404, { message: 'Not Found' });
    } catch (error) {
      sendJson(res, 500, { message: `fake server error: ${String(error)}` });
    }
  }

  private takeInterception(request: RecordedRequest): Interception | undefined {
    const index = this.interceptions.findIndex(
      (i) =>
        (i.method === undefined || i.method === request.method) &&
        (typeof i.path === 'string' ? i.path === request.pathname : i.path.test(request.url)),
    );
    const interception = this.interceptions[index];
    if (!interception) return undefined;
    interception.times = (interception.times ?? 1) - 1;
    if (interception.times <= 0) this.interceptions.splice(index, 1);
    return interception;
  }

  private answerIntercepted(request: RecordedRequest, i: Interception, res: http.ServerResponse): void {
    const status = i.status ?? 500;
    const headers = i.headers ?? {};
    if (request.pathname.startsWith(BLOB_PREFIX)) {
      const given = typeof i.body === 'string' ? /<Code>([^<]+)<\/Code>/.exec(i.body)?.[1] : undefined;
      const code = given ?? (status >= 500 ? 'InternalError' : 'AuthorizationFailure');
      const xml = typeof i.body === 'string' ? i.body : blobError(code, 'Injected failure');
      res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code, ...headers });
      res.end(xml);
    } else if (request.pathname.startsWith(TWIRP_PREFIX)) {
      sendJson(
        res,
        status,
        i.body ?? { code: status >= 500 ? 'internal' : 'unknown', msg: 'injected failure' },
        headers,
      );
    } else {
      sendJson(res, status, i.body ?? { message: http.STATUS_CODES[status] ?? 'Error' }, headers);
    }
  }

  // --- Actions results service (Twirp JSON) -------------------------------------------------------------

  private handleTwirp(request: RecordedRequest, res: http.ServerResponse): void {
    const method = request.pathname.slice(TWIRP_PREFIX.length);
    if (request.method !== 'POST')
      return twirpError(res, 404, 'bad_route', `no handler for ${request.method}`);
    if (request.headers.authorization !== `Bearer ${this.runtimeToken}`) {
      return twirpError(res, 401, 'unauthenticated', 'invalid runtime token');
    }
    if (!String(request.headers['content-type']).startsWith('application/json')) {
      return twirpError(res, 415, 'malformed', 'this fake speaks Twirp JSON only');
    }
    const input = JSON.parse(request.body.toString('utf8')) as Record<string, unknown>;
    // Listing and deleting see the whole run (artifacts of other jobs and earlier attempts too).
    const runWide = method === 'ListArtifacts' || method === 'DeleteArtifact';
    if (
      input.workflow_run_backend_id !== this.workflowRunBackendId ||
      (!runWide && input.workflow_job_run_backend_id !== this.workflowJobRunBackendId)
    ) {
      return twirpError(res, 400, 'invalid_argument', 'backend ids do not match the runtime token');
    }
    if (method === 'CreateArtifact') return this.createArtifact(input, res);
    if (method === 'FinalizeArtifact') return this.finalizeArtifact(input, res);
    if (method === 'ListArtifacts') return this.listArtifacts(input, res);
    if (method === 'DeleteArtifact') return this.deleteArtifact(input, res);
    this.unhandled.push(request);
    twirpError(res, 404, 'bad_route', `no handler for ${method}`);
  }

  private createArtifact(input: Record<string, unknown>, res: http.ServerResponse): void {
    const name = String(input.name ?? '');
    if (name === '') return twirpError(res, 400, 'invalid_argument', 'name is required');
    if (input.version !== 7)
      return twirpError(res, 400, 'invalid_argument', `unsupported version ${String(input.version)}`);
    if (this.artifacts.some((a) => a.name === name && a.workflowRunBackendId === this.workflowRunBackendId)) {
      return twirpError(
        res,
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run',
      );
    }
    const blobPath = `${BLOB_PREFIX}${this.workflowRunBackendId}/${this.workflowJobRunBackendId}/${randomBytes(8).toString('hex')}.zip`;
    this.artifacts.push({
      name,
      runId: this.runId,
      workflowRunBackendId: this.workflowRunBackendId,
      workflowJobRunBackendId: this.workflowJobRunBackendId,
      version: input.version,
      mimeType: typeof input.mime_type === 'string' ? input.mime_type : undefined,
      expiresAt: typeof input.expires_at === 'string' ? input.expires_at : undefined,
      blobPath,
      finalized: false,
    });
    const expiry = new Date(Date.now() + 3_600_000).toISOString();
    const signedUploadUrl = `${this.url}${blobPath}?sv=2023-11-03&sr=b&sp=cw&se=${encodeURIComponent(expiry)}&sig=${this.signature}`;
    sendJson(res, 200, { ok: true, signed_upload_url: signedUploadUrl });
  }

  private finalizeArtifact(input: Record<string, unknown>, res: http.ServerResponse): void {
    const artifact = this.artifacts.find(
      (a) => a.name === input.name && !a.finalized && a.workflowRunBackendId === this.workflowRunBackendId,
    );
    if (!artifact)
      return twirpError(res, 404, 'not_found', `no pending artifact named ${String(input.name)}`);
    const content = this.blobs.get(artifact.blobPath);
    if (!content) return twirpError(res, 412, 'failed_precondition', 'the blob was never committed');
    if (input.size !== String(content.length)) {
      return twirpError(
        res,
        400,
        'invalid_argument',
        `size ${String(input.size)} != uploaded ${content.length}`,
      );
    }
    const hash = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    if (input.hash !== undefined && input.hash !== hash) {
      return twirpError(res, 400, 'invalid_argument', `hash ${String(input.hash)} != ${hash}`);
    }
    Object.assign(artifact, { finalized: true, id: this.id(), size: content.length, hash });
    sendJson(res, 200, { ok: true, artifact_id: String(artifact.id) });
  }

  private listArtifacts(input: Record<string, unknown>, res: http.ServerResponse): void {
    const nameFilter = typeof input.name_filter === 'string' ? input.name_filter : undefined;
    const idFilter = input.id_filter === undefined ? undefined : String(input.id_filter);
    const artifacts = this.artifacts.filter(
      (a) =>
        a.finalized &&
        a.workflowRunBackendId === this.workflowRunBackendId &&
        (nameFilter === undefined || a.name === nameFilter) &&
        (idFilter === undefined || String(a.id) === idFilter),
    );
    sendJson(res, 200, {
      artifacts: artifacts.map((a) => ({
        workflow_run_backend_id: a.workflowRunBackendId,
        workflow_job_run_backend_id: a.workflowJobRunBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size ?? 0),
        created_at: new Date().toISOString(),
      })),
    });
  }

  private deleteArtifact(input: Record<string, unknown>, res: http.ServerResponse): void {
    const index = this.artifacts.findIndex(
      (a) =>
        a.name === input.name &&
        a.workflowRunBackendId === this.workflowRunBackendId &&
        a.workflowJobRunBackendId === input.workflow_job_run_backend_id,
    );
    const artifact = this.artifacts[index];
    if (!artifact) return twirpError(res, 404, 'not_found', `no artifact named ${String(input.name)}`);
    this.artifacts.splice(index, 1);
    this.deletedArtifacts.push(artifact);
    sendJson(res, 200, { ok: true, artifact_id: String(artifact.id ?? 0) });
  }

  /**
   * A re-run of the job: same workflow run, a new job attempt (new job backend id and runtime token),
   * so the run's earlier artifacts are still there. Call {@link runnerEnv} again afterwards.
   */
  startJobRerun(): void {
    this.workflowJobRunBackendId = randomUUID();
    this.runtimeToken = runtimeTokenFor(this.workflowRunBackendId, this.workflowJobRunBackendId);
  }

  // --- Azure block blob storage behind the signed URL --------------------------------------------------

  private handleBlob(request: RecordedRequest, res: http.ServerResponse): void {
    if (request.query.get('sig') !== this.signature || request.query.get('sp') !== 'cw') {
      return sendBlobError(res, 403, 'AuthenticationFailed', 'Signature did not match.');
    }
    if (!this.artifacts.some((a) => a.blobPath === request.pathname && !a.finalized)) {
      return sendBlobError(res, 404, 'BlobNotFound', 'No pending artifact for this blob.');
    }
    if (request.method !== 'PUT') return sendBlobError(res, 405, 'UnsupportedHttpVerb', request.method);
    const blocks = this.stagedBlocks.get(request.pathname) ?? new Map<string, Buffer>();
    this.stagedBlocks.set(request.pathname, blocks);
    const comp = request.query.get('comp');
    if (comp === 'block') {
      const blockId = request.query.get('blockid');
      if (!blockId) return sendBlobError(res, 400, 'InvalidQueryParameterValue', 'blockid is required');
      const declared = Number(request.headers['content-length']);
      if (declared !== request.body.length)
        return sendBlobError(res, 400, 'InvalidHeaderValue', 'content-length');
      blocks.set(blockId, request.body);
      return blobCreated(res);
    }
    if (comp === 'blocklist') {
      const xml = request.body.toString('utf8');
      const ids = [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? '');
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = blocks.get(id);
        if (!block) return sendBlobError(res, 400, 'InvalidBlockList', `unknown block ${id}`);
        parts.push(block);
      }
      this.blobs.set(request.pathname, Buffer.concat(parts));
      this.stagedBlocks.delete(request.pathname);
      return blobCreated(res);
    }
    if (comp === null && request.headers['x-ms-blob-type'] === 'BlockBlob') {
      this.blobs.set(request.pathname, request.body);
      return blobCreated(res);
    }
    this.unhandled.push(request);
    sendBlobError(res, 400, 'UnsupportedQueryParameter', `comp=${String(comp)}`);
  }

  // --- REST API ------------------------------------------------------------------------------------------

  private handleRest(request: RecordedRequest, res: http.ServerResponse): void {
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `bearer ${this.token}`) {
      return sendJson(res, 401, { message: 'Bad credentials' });
    }
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    const upload = new RegExp(`^/api/uploads${repoPrefix}/releases/(\\d+)/assets$`).exec(request.pathname);
    if (upload) return this.uploadAsset(Number(upload[1]), request, res);
    if (!request.pathname.startsWith(`/api/v3${repoPrefix}/`)) return this.notFound(request, res);
    const route = `${request.method} ${request.pathname.slice(`/api/v3${repoPrefix}`.length)}`;
    let m: RegExpExecArray | null;
    if ((m = /^GET \/releases\/tags\/(.+)$/.exec(route))) {
      const tag = decodeURIComponent(m[1] ?? '');
      // Like GitHub: get-by-tag only sees published releases.
      const release = this.releases.find((r) => r.tagName === tag && !r.draft);
      return release ? sendJson(res, 200, this.releaseJson(release)) : this.notFound(request, res);
    }
    if (route === 'GET /releases') {
      return this.sendPage(
        request,
        res,
        [...this.releases].reverse().map((r) => this.releaseJson(r)),
      );
    }
    if (route === 'POST /releases') return this.createRelease(request, res);
    if ((m = /^GET \/releases\/(\d+)\/assets$/.exec(route))) {
      const release = this.releases.find((r) => r.id === Number(m?.[1]));
      if (!release) return this.notFound(request, res);
      return this.sendPage(
        request,
        res,
        release.assets.map((a) => this.assetJson(release, a)),
      );
    }
    if ((m = /^DELETE \/releases\/assets\/(\d+)$/.exec(route))) {
      for (const release of this.releases) {
        const index = release.assets.findIndex((a) => a.id === Number(m?.[1]));
        if (index >= 0) {
          release.assets.splice(index, 1);
          return sendEmpty(res, 204);
        }
      }
      return this.notFound(request, res);
    }
    if ((m = /^GET \/pulls\/(\d+)$/.exec(route))) {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull) return this.notFound(request, res);
      return sendJson(res, 200, {
        number: Number(m[1]),
        head: { sha: pull.headSha, repo: { full_name: pull.headRepository } },
        base: { repo: { full_name: `${this.owner}/${this.repo}` } },
      });
    }
    if ((m = /^GET \/actions\/runs\/(\d+)\/artifacts$/.exec(route))) {
      const runId = m[1];
      const all = this.artifacts
        .filter((a) => a.finalized && a.runId === runId)
        .map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.size ?? 0,
          expired: false,
          archive_download_url: `${this.apiUrl}${repoPrefix}/actions/artifacts/${a.id}/zip`,
        }));
      const perPage = Math.min(Number(request.query.get('per_page') ?? 30) || 30, 100);
      const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1);
      return sendJson(res, 200, {
        total_count: all.length,
        artifacts: all.slice((page - 1) * perPage, page * perPage),
      });
    }
    if ((m = /^GET \/actions\/artifacts\/(\d+)\/zip$/.exec(route))) {
      const artifact = this.artifacts.find((a) => a.finalized && a.id === Number(m?.[1]));
      if (!artifact) return this.notFound(request, res);
      res.writeHead(302, {
        location: `${this.url}/artifact-download/${artifact.id}.zip?sig=${this.signature}`,
      });
      res.end();
      return;
    }
    if ((m = /^GET \/pulls\/(\d+)\/files$/.exec(route))) {
      const files = this.pullFiles.get(Number(m[1]));
      return files ? this.sendPage(request, res, files) : this.notFound(request, res);
    }
    if ((m = /^GET \/issues\/(\d+)\/comments$/.exec(route))) {
      const issue = Number(m[1]);
      const comments = this.comments.filter((c) => c.issueNumber === issue);
      return this.sendPage(
        request,
        res,
        comments.map((c) => this.commentJson(c)),
      );
    }
    if ((m = /^POST \/issues\/(\d+)\/comments$/.exec(route))) {
      const { body } = JSON.parse(request.body.toString('utf8')) as { body?: string };
      if (!body)
        return sendJson(res, 422, {
          message: 'Validation Failed',
          errors: [{ field: 'body', code: 'missing_field' }],
        });
      if (body.length > COMMENT_BODY_LIMIT) return commentTooLong(res);
      const comment = this.addComment(Number(m[1]), body, 'github-actions[bot]');
      return sendJson(res, 201, this.commentJson(comment));
    }
    if ((m = /^(PATCH|DELETE) \/issues\/comments\/(\d+)$/.exec(route))) {
      const index = this.comments.findIndex((c) => c.id === Number(m?.[2]));
      const comment = this.comments[index];
      if (!comment) return this.notFound(request, res);
      if (m[1] === 'DELETE') {
        this.comments.splice(index, 1);
        return sendEmpty(res, 204);
      }
      const { body } = JSON.parse(request.body.toString('utf8')) as { body?: string };
      if (body !== undefined && body.length > COMMENT_BODY_LIMIT) return commentTooLong(res);
      comment.body = body ?? comment.body;
      comment.updatedAt = new Date().toISOString();
      return sendJson(res, 200, this.commentJson(comment));
    }
    this.notFound(request, res);
  }

  private createRelease(request: RecordedRequest, res: http.ServerResponse): void {
    const input = JSON.parse(request.body.toString('utf8')) as Record<string, unknown>;
    const tag = typeof input.tag_name === 'string' ? input.tag_name : '';
    if (tag === '')
      return sendJson(res, 422, {
        message: 'Validation Failed',
        errors: [{ field: 'tag_name', code: 'missing_field' }],
      });
    if (this.releases.some((r) => r.tagName === tag && !r.draft)) {
      return sendJson(res, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      });
    }
    const release = this.addRelease(tag, { draft: input.draft === true });
    release.name = typeof input.name === 'string' ? input.name : tag;
    release.targetCommitish = typeof input.target_commitish === 'string' ? input.target_commitish : undefined;
    sendJson(res, 201, this.releaseJson(release));
  }

  private uploadAsset(releaseId: number, request: RecordedRequest, res: http.ServerResponse): void {
    const release = this.releases.find((r) => r.id === releaseId);
    if (!release) return this.notFound(request, res);
    if (request.method !== 'POST') return this.notFound(request, res);
    const contentType = request.headers['content-type'];
    if (!contentType) return sendJson(res, 400, { message: 'Content-Type header is required' });
    if (Number(request.headers['content-length']) !== request.body.length || request.body.length === 0) {
      return sendJson(res, 400, { message: 'Bad Content-Length' });
    }
    // GitHub renames what it does not like instead of refusing it.
    const name = (request.query.get('name') ?? '')
      .replace(/[^A-Za-z0-9._+-]/g, '.')
      .replace(/^\.+|\.+$/g, '');
    if (name === '')
      return sendJson(res, 422, {
        message: 'Validation Failed',
        errors: [{ field: 'name', code: 'missing' }],
      });
    if (release.assets.some((a) => a.name.toLowerCase() === name.toLowerCase())) {
      return sendJson(res, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      });
    }
    const asset = this.addAsset(release, name, request.body, request.query.get('label') ?? '');
    asset.contentType = contentType;
    sendJson(res, 201, this.assetJson(release, asset));
  }

  private handleDownload(request: RecordedRequest, res: http.ServerResponse): boolean {
    const zip = /^\/artifact-download\/(\d+)\.zip$/.exec(request.pathname);
    if (zip) {
      const artifact = this.artifacts.find((a) => a.id === Number(zip[1]));
      const content =
        artifact && request.query.get('sig') === this.signature && this.blobs.get(artifact.blobPath);
      if (!content) return false;
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': content.length });
      res.end(content);
      return true;
    }
    const m = new RegExp(`^/${this.owner}/${this.repo}/releases/download/([^/]+)/([^/]+)$`).exec(
      request.pathname,
    );
    if (!m) return false;
    const release = this.releases.find((r) => r.tagName === decodeURIComponent(m[1] ?? ''));
    const asset = release?.assets.find((a) => a.name === decodeURIComponent(m[2] ?? ''));
    if (!asset) return false;
    res.writeHead(200, { 'content-type': asset.contentType, 'content-length': asset.data.length });
    res.end(asset.data);
    return true;
  }

  /** Paginates like GitHub: `per_page` (default 30, max 100), `page`, and a `Link` header. */
  private sendPage(request: RecordedRequest, res: http.ServerResponse, items: unknown[]): void {
    const perPage = Math.min(Number(request.query.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const headers: Record<string, string> = {};
    if (page < last) {
      const link = (n: number) => {
        const query = new URLSearchParams(request.query);
        query.set('per_page', String(perPage));
        query.set('page', String(n));
        return `<${this.url}${request.pathname}?${query}>`;
      };
      headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
    }
    sendJson(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  private notFound(request: RecordedRequest, res: http.ServerResponse): void {
    sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private releaseJson(release: StoredRelease) {
    const api = `${this.apiUrl}/repos/${this.owner}/${this.repo}`;
    return {
      id: release.id,
      tag_name: release.tagName,
      name: release.name,
      draft: release.draft,
      prerelease: false,
      target_commitish: release.targetCommitish ?? 'main',
      url: `${api}/releases/${release.id}`,
      html_url: `${this.url}/${this.owner}/${this.repo}/releases/tag/${encodeURIComponent(release.tagName)}`,
      assets_url: `${api}/releases/${release.id}/assets`,
      upload_url: `${this.url}/api/uploads/repos/${this.owner}/${this.repo}/releases/${release.id}/assets{?name,label}`,
      assets: release.assets.map((a) => this.assetJson(release, a)),
    };
  }

  private assetJson(release: StoredRelease, asset: StoredAsset) {
    return {
      id: asset.id,
      name: asset.name,
      label: asset.label,
      state: 'uploaded',
      content_type: asset.contentType,
      size: asset.data.length,
      download_count: 0,
      url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/releases/assets/${asset.id}`,
      browser_download_url: `${this.url}/${this.owner}/${this.repo}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`,
    };
  }

  private commentJson(comment: StoredComment) {
    return {
      id: comment.id,
      body: comment.body,
      user: comment.user,
      html_url: `${this.url}/${this.owner}/${this.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
    };
  }
}

/** Starts a fake on 127.0.0.1 with a random port. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  return new GitHubServer(options).start();
}

function runtimeTokenFor(runBackendId: string, jobBackendId: string): string {
  return unsignedJwt({
    scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
}

/** A JWT with `alg: none`: the artifact client only decodes the claims, it never verifies them. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sendEmpty(res: http.ServerResponse, status: number) {
  res.writeHead(status);
  res.end();
}

function twirpError(res: http.ServerResponse, status: number, code: string, msg: string) {
  sendJson(res, status, { code, msg });
}

function blobError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

function sendBlobError(res: http.ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  res.end(blobError(code, message));
}

function blobCreated(res: http.ServerResponse) {
  res.writeHead(201, {
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-version': '2025-11-05',
    'x-ms-request-server-encrypted': 'true',
    etag: `"0x${randomBytes(6).toString('hex').toUpperCase()}"`,
    'last-modified': new Date().toUTCString(),
    'content-length': '0',
  });
  res.end();
}
