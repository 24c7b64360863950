import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  UnreadableFileError,
  githubCheckServices,
  readFileAtRef
} from "./chunks/chunk-JTFDALFI.js";
import {
  DEFAULT_CONFIG_PATH,
  DEFAULT_MAX_FILE_BYTES,
  InputError,
  NoticeLog,
  RepoError,
  buildAnnotations,
  buildChecks,
  comparePaths,
  countFindings,
  decodeText,
  formatCounts,
  pLimit,
  parseConfig,
  renderMarkdown,
  runChecks,
  tooLargeReason,
  validateMaxFileBytes
} from "./chunks/chunk-OKHD24SQ.js";
import "./chunks/chunk-KHFH3MYP.js";
import "./chunks/chunk-S2JO3YRI.js";

// src/app/index.ts
import { run } from "probot";

// src/github/check-run.ts
var CHECK_RUN_LIMITS = {
  /** Annotations accepted per create/update request; more are sent in further updates, which append. */
  annotationsPerRequest: 50,
  /** `output.summary` and `output.text`, in characters. */
  outputChars: 65535,
  /** `annotation.message` and `raw_details`, in bytes. */
  annotationBytes: 64 * 1024,
  /** `annotation.title`, and what this module keeps of `output.title`. */
  titleChars: 255
};
var MAX_ANNOTATIONS = 1e3;
function conclusionFor(findings) {
  const counts = countFindings(findings);
  if (counts.errors > 0) return "failure";
  return counts.warnings > 0 ? "neutral" : "success";
}
function toCheckRunAnnotations(findings) {
  const out = [];
  for (const a of buildAnnotations(findings).annotations) {
    const p = a.properties;
    if (!p.file) continue;
    const start = p.startLine ?? 1;
    const annotation = {
      path: p.file,
      start_line: start,
      end_line: p.endLine ?? start,
      annotation_level: a.level === "error" ? "failure" : a.level,
      message: truncateUtf8(a.message, CHECK_RUN_LIMITS.annotationBytes)
    };
    if (p.startColumn !== void 0) annotation.start_column = p.startColumn;
    if (p.endColumn !== void 0) annotation.end_column = p.endColumn;
    if (p.title) annotation.title = truncateChars(p.title, CHECK_RUN_LIMITS.titleChars);
    out.push(annotation);
  }
  return out;
}
async function createCheckRun(octokit, params) {
  const { data } = await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
    owner: params.owner,
    repo: params.repo,
    name: params.name,
    head_sha: params.headSha,
    status: "in_progress",
    ...params.output ? { output: fitOutput(params.output) } : {}
  });
  const id = data.id;
  if (typeof id !== "number") throw new Error("GitHub created a check run but returned no id");
  return { owner: params.owner, repo: params.repo, checkRunId: id };
}
async function completeCheckRun(octokit, run2, result) {
  const all = result.annotations ?? [];
  const kept = all.slice(0, MAX_ANNOTATIONS);
  const output = fitOutput(result.output);
  const batches = [];
  for (let i = 0; i < kept.length; i += CHECK_RUN_LIMITS.annotationsPerRequest) {
    batches.push(kept.slice(i, i + CHECK_RUN_LIMITS.annotationsPerRequest));
  }
  const last = batches.pop() ?? [];
  const route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
  const target = { owner: run2.owner, repo: run2.repo, check_run_id: run2.checkRunId };
  for (const batch of batches) {
    await octokit.request(route, { ...target, output: { ...output, annotations: batch } });
  }
  await octokit.request(route, {
    ...target,
    status: "completed",
    conclusion: result.conclusion,
    output: last.length > 0 ? { ...output, annotations: last } : output
  });
  return { omittedAnnotations: all.length - kept.length };
}
function fitOutput(output) {
  const fitted = {
    title: truncateChars(output.title, CHECK_RUN_LIMITS.titleChars),
    summary: truncateChars(output.summary, CHECK_RUN_LIMITS.outputChars)
  };
  if (output.text !== void 0)
    fitted.text = truncateChars(output.text, CHECK_RUN_LIMITS.outputChars);
  return fitted;
}
function truncateChars(text, max) {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}
function truncateUtf8(text, maxBytes) {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength("\u2026", "utf8");
  let used = 0;
  let out = "";
  for (const ch of text) {
    const size = Buffer.byteLength(ch, "utf8");
    if (used + size > budget) break;
    used += size;
    out += ch;
  }
  return `${out}\u2026`;
}

// src/repo/github.ts
var DEFAULT_CONCURRENCY = 8;
var SYMLINK_MODE = "120000";
async function openGitHubRepo(octokit, { owner, repo, ref }, opts = {}) {
  const maxFileBytes = validateMaxFileBytes(opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const limit = pLimit(opts.concurrency ?? DEFAULT_CONCURRENCY);
  const where = `${owner}/${repo}`;
  const call = (what, route, params) => limit(() => octokit.request(route, { owner, repo, ...params })).then(
    (res) => res.data,
    (err) => {
      throw describeHttpError(err, what);
    }
  );
  const { sha, treeSha } = await resolveCommit(call, where, ref);
  const notices = new NoticeLog();
  const blobs = /* @__PURE__ */ new Map();
  const fetchTree = async (treeSha2, recursive) => {
    const params = { tree_sha: treeSha2 };
    if (recursive) params.recursive = "1";
    return parseTree(
      await call(
        `the tree ${treeSha2} of ${where}`,
        "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
        params
      )
    );
  };
  const addEntry = (path, e) => {
    if (e.type !== "blob") return;
    if (e.mode === SYMLINK_MODE)
      notices.add(path, "symlinks are not followed in a GitHub checkout");
    else if (e.size !== void 0 && e.size > maxFileBytes)
      notices.add(path, tooLargeReason(e.size, maxFileBytes));
    else blobs.set(path, { sha: e.sha });
  };
  const collect = async (treeSha2, prefix) => {
    const full = await fetchTree(treeSha2, true);
    if (!full.truncated) {
      for (const e of full.entries) addEntry(prefix + e.path, e);
      return;
    }
    const level = await fetchTree(treeSha2, false);
    if (level.truncated) {
      throw new RepoError(
        `The directory "${prefix || "/"}" of ${where}@${sha} has too many entries to list through the GitHub API`
      );
    }
    const subtrees = [];
    for (const e of level.entries) {
      if (e.type === "tree") subtrees.push(collect(e.sha, `${prefix}${e.path}/`));
      else addEntry(prefix + e.path, e);
    }
    await Promise.all(subtrees);
  };
  await collect(treeSha, "");
  const sorted = [...blobs.keys()].sort(comparePaths);
  const cache = /* @__PURE__ */ new Map();
  const unlist = (path, why) => {
    blobs.delete(path);
    if (why !== void 0) notices.add(path, why);
    return void 0;
  };
  const load = async (path, blobSha) => {
    let data;
    try {
      data = await call(
        `${path} in ${where}@${short(sha)}`,
        "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
        {
          file_sha: blobSha
        }
      );
    } catch (err) {
      if (err instanceof RepoError && err.status === 404) return unlist(path);
      throw err;
    }
    const bytes = blobBytes(data, `${path} in ${where}`);
    if (bytes.length > maxFileBytes)
      return unlist(path, tooLargeReason(bytes.length, maxFileBytes));
    const decoded = await decodeText(bytes);
    return "skip" in decoded ? unlist(path, decoded.skip) : decoded.text;
  };
  return {
    label: `${where}@${short(sha)}`,
    sha,
    list: () => Promise.resolve(sorted.filter((p) => blobs.has(p))),
    read: (path) => {
      const cached = cache.get(path);
      if (cached) return cached;
      const blob = blobs.get(path);
      if (!blob) return Promise.resolve(void 0);
      const pending = load(path, blob.sha);
      cache.set(path, pending);
      pending.catch(() => cache.delete(path));
      return pending;
    },
    notices: () => notices.list()
  };
}
async function resolveCommit(call, where, ref) {
  const what = `ref "${ref}" of ${where}`;
  let data;
  try {
    data = /^[0-9a-f]{40}$/i.test(ref) ? await call(what, "GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { commit_sha: ref }) : await call(what, "GET /repos/{owner}/{repo}/commits/{ref}", { ref });
  } catch (err) {
    const status = err instanceof RepoError ? err.status : void 0;
    const cause = err instanceof RepoError ? err.cause : err;
    if (status === 404 || status === 422) {
      throw new RepoError(
        `Cannot resolve ref "${ref}" in ${where} (HTTP ${status}): the repository or ref does not exist, or the token cannot read it`,
        { cause, status }
      );
    }
    if (status === 409) {
      throw new RepoError(`${where} is an empty repository: there is no commit to check`, {
        cause,
        status
      });
    }
    throw err;
  }
  const sha = str(prop(data, "sha"));
  const treeSha = str(prop(prop(data, "tree"), "sha")) ?? str(prop(prop(prop(data, "commit"), "tree"), "sha"));
  if (!sha || !treeSha)
    throw new RepoError(
      `Unexpected response from GitHub while resolving ${what}: no commit or tree SHA`
    );
  return { sha, treeSha };
}
function parseTree(data) {
  const raw = prop(data, "tree");
  if (!Array.isArray(raw))
    throw new RepoError('Unexpected response from GitHub: a git tree without a "tree" array');
  const entries = [];
  for (const item of raw) {
    const path = str(prop(item, "path"));
    const mode = str(prop(item, "mode"));
    const type = str(prop(item, "type"));
    const sha = str(prop(item, "sha"));
    if (path === void 0 || mode === void 0 || type === void 0 || sha === void 0)
      continue;
    const size = prop(item, "size");
    entries.push(
      typeof size === "number" ? { path, mode, type, sha, size } : { path, mode, type, sha }
    );
  }
  return { entries, truncated: prop(data, "truncated") === true };
}
function blobBytes(data, what) {
  const content = str(prop(data, "content"));
  const encoding = str(prop(data, "encoding"));
  if (content === void 0)
    throw new RepoError(`Unexpected response from GitHub for ${what}: a blob without content`);
  if (encoding === "base64") return Buffer.from(content, "base64");
  if (encoding === "utf-8" || encoding === "utf8") return Buffer.from(content, "utf8");
  throw new RepoError(
    `Unexpected response from GitHub for ${what}: unknown blob encoding "${encoding ?? ""}"`
  );
}
function describeHttpError(err, what) {
  const status = httpStatus(err);
  const detail = err instanceof Error ? err.message : String(err);
  const prefix = status === void 0 ? `Cannot read ${what} from GitHub` : `GitHub answered HTTP ${status} for ${what}`;
  return new RepoError(
    `${prefix}: ${detail}`,
    status === void 0 ? { cause: err } : { cause: err, status }
  );
}
function httpStatus(err) {
  const status = prop(err, "status");
  return typeof status === "number" ? status : void 0;
}
function prop(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function short(sha) {
  return sha.slice(0, 7);
}

// src/app/config.ts
var CONFIG_CANDIDATES = [DEFAULT_CONFIG_PATH, ".github/ops-steward.yaml"];
async function loadBaseConfig(octokit, base) {
  for (const path of CONFIG_CANDIDATES) {
    const text = await readFileAtRef(octokit, { ...base, path });
    if (text === void 0) continue;
    const loaded = parseConfig(text, path);
    if (loaded.errors.length > 0) return { ok: false, configPath: path, errors: loaded.errors };
    return { ok: true, config: loaded.config, configPath: path, diagnostics: loaded.diagnostics };
  }
  return { ok: true, config: parseConfig("", DEFAULT_CONFIG_PATH).config, diagnostics: [] };
}

// src/app/check-pull-request.ts
var CHECK_NAME = "ops-steward";
async function checkPullRequest(octokit, target, deps2) {
  const run2 = await createCheckRun(octokit, {
    owner: target.owner,
    repo: target.repo,
    name: CHECK_NAME,
    headSha: target.headSha,
    output: { title: "Checking\u2026", summary: `Checking ${label(target)}.` }
  });
  try {
    return await evaluate(octokit, target, run2, deps2);
  } catch (error) {
    const expected = error instanceof RepoError || error instanceof UnreadableFileError || error instanceof InputError;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      await completeCheckRun(octokit, run2, {
        conclusion: "failure",
        output: {
          title: "ops-steward could not complete the check",
          summary: `ops-steward could not check ${label(target)}:

> ${reason.replace(/\n/g, "\n> ")}

` + (expected ? "Fix the cause above, then re-run this check from the Checks tab." : "This looks like a bug or a GitHub outage. Re-run this check from the Checks tab; if it fails again, please report it.")
        }
      });
    } catch (concludeError) {
      deps2.log.error(
        `could not conclude check run ${run2.checkRunId} after a failure: ${concludeError instanceof Error ? concludeError.message : String(concludeError)}`
      );
    }
    if (expected) {
      deps2.log.warn(`check of ${label(target)} failed: ${reason}`);
      return { conclusion: "failure", checkRunId: run2.checkRunId, findings: [] };
    }
    throw error;
  }
}
async function evaluate(octokit, target, run2, deps2) {
  const base = { owner: target.owner, repo: target.repo, ref: target.configRef };
  const loaded = await loadBaseConfig(octokit, base);
  if (!loaded.ok) {
    const n = loaded.errors.length;
    await completeCheckRun(octokit, run2, {
      conclusion: "failure",
      output: {
        title: `Invalid configuration: ${n} ${n === 1 ? "error" : "errors"} in ${loaded.configPath}`,
        summary: withFooter(
          loaded.errors,
          "ops-steward: invalid configuration",
          target,
          loaded.configPath
        )
      },
      annotations: toCheckRunAnnotations(loaded.errors)
    });
    deps2.log.info(`${label(target)}: invalid configuration on the base branch (${n} errors)`);
    return { conclusion: "failure", checkRunId: run2.checkRunId, findings: loaded.errors };
  }
  const files = await openGitHubRepo(octokit, {
    owner: target.head.owner,
    repo: target.head.repo,
    ref: target.headSha
  });
  const { findings } = await runChecks(files, loaded.config, {
    now: deps2.now,
    configPath: loaded.configPath,
    configDiagnostics: loaded.diagnostics,
    // The base repository holds the CODEOWNERS verdict and the collaborators, also for fork PRs.
    checks: deps2.checks ?? buildChecks(
      githubCheckServices(octokit, {
        owner: target.owner,
        repo: target.repo,
        ref: target.headSha
      })
    )
  });
  const conclusion = conclusionFor(findings);
  const annotations = toCheckRunAnnotations(findings);
  const { omittedAnnotations } = await completeCheckRun(octokit, run2, {
    conclusion,
    output: {
      title: formatCounts(countFindings(findings)),
      summary: withFooter(findings, void 0, target, loaded.configPath),
      ...annotationNote(annotations.length, findings.length) ? { text: annotationNote(annotations.length, findings.length) } : {}
    },
    annotations
  });
  if (omittedAnnotations > 0)
    deps2.log.warn(`${label(target)}: ${omittedAnnotations} annotations left out (cap reached)`);
  deps2.log.info(`${label(target)}: ${conclusion} (${formatCounts(countFindings(findings))})`);
  return { conclusion, checkRunId: run2.checkRunId, findings };
}
function label(target) {
  const pr = target.pullNumber === void 0 ? "" : ` (#${target.pullNumber})`;
  return `${target.head.owner}/${target.head.repo}@${target.headSha.slice(0, 7)}${pr}`;
}
function withFooter(findings, title, target, configPath) {
  const source = configPath === void 0 ? "built-in defaults (no config file)" : `\`${configPath}\``;
  const footer = `
---
_Configuration: ${source} from the base branch at \`${target.configRef.slice(0, 12)}\`, so a pull request cannot change the rules it is checked against._
`;
  const report = renderMarkdown(findings, {
    title,
    label: label(target),
    maxChars: CHECK_RUN_LIMITS.outputChars - footer.length
  });
  return report + footer;
}
function annotationNote(annotated, total) {
  const unplaced = total - annotated;
  if (unplaced <= 0) return void 0;
  return `${unplaced} ${unplaced === 1 ? "finding concerns" : "findings concern"} the repository as a whole and ${unplaced === 1 ? "is" : "are"} listed in the summary only.`;
}

// src/app/targets.ts
function targetFromPullRequest(base, pr, headSha = pr.head.sha) {
  const repo = pr.head.repo;
  const head = repo?.owner ? { owner: repo.owner.login, repo: repo.name } : base;
  return { ...base, headSha, head, configRef: pr.base.sha, pullNumber: pr.number };
}
async function targetFromRerun(octokit, base, rerun) {
  const number = rerun.pullNumbers[0];
  if (number === void 0)
    return { ...base, headSha: rerun.headSha, head: base, configRef: rerun.defaultBranch };
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    ...base,
    pull_number: number
  });
  return targetFromPullRequest(base, data, rerun.headSha);
}

// src/app/app.ts
var PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.synchronize",
  "pull_request.reopened"
];
function createApp(options = {}) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  return (app) => {
    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      const { repository, pull_request: pr } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      await checkPullRequest(
        octokitOf(context),
        targetFromPullRequest(base, pr),
        deps(context, now, options.checks)
      );
    });
    app.on("check_run.rerequested", async (context) => {
      const { repository, check_run: run2 } = context.payload;
      if (run2.name !== CHECK_NAME) return;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: run2.head_sha,
        pullNumbers: run2.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch
      });
      await checkPullRequest(octokitOf(context), target, deps(context, now, options.checks));
    });
    app.on("check_suite.rerequested", async (context) => {
      const { repository, check_suite: suite } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: suite.head_sha,
        pullNumbers: suite.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch
      });
      await checkPullRequest(octokitOf(context), target, deps(context, now, options.checks));
    });
  };
}
function octokitOf(context) {
  return context.octokit;
}
function deps(context, now, checks) {
  const log = {
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    error: (m) => context.log.error(m)
  };
  return { now: now(), log, checks };
}
var app_default = createApp();

// src/app/index.ts
run(app_default).catch((error) => {
  process.stderr.write(
    `ops-steward app: cannot start: ${error instanceof Error ? error.message : String(error)}
`
  );
  process.exitCode = 1;
});
