import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  CHECK_RUN_LIMITS,
  UnreadableFileError,
  completeCheckRun,
  conclusionFor,
  createCheckRun,
  describeCommentResult,
  describeError,
  githubCheckServices,
  httpStatus,
  isTooLarge,
  pageItems,
  prop,
  publishPullRequestComment,
  readFileAtRef,
  renderPullRequestFlagsComment,
  reviewPullRequestFlags,
  runFlagSync,
  str,
  toCheckRunAnnotations
} from "./chunks/chunk-BXT4CXP3.js";
import {
  CODEOWNERS_LOCATIONS,
  DEFAULT_CONFIG_PATH,
  DEFAULT_MAX_FILE_BYTES,
  InputError,
  NoticeLog,
  RepoError,
  buildChecks,
  comparePaths,
  countFindings,
  decodeText,
  epochDay,
  epochDayOf,
  formatCounts,
  formatLocation,
  isoFromEpochDay,
  lifetimePolicy,
  loadOnCall,
  ownerKind,
  ownersOf,
  pLimit,
  parseCodeowners,
  parseConfig,
  parseRegistry,
  renderMarkdown,
  require_dist,
  require_mod,
  runChecks,
  sameOwner,
  sizeLimitFor,
  tooLargeReason,
  validateMaxFileBytes,
  withIgnore
} from "./chunks/chunk-XZUM2GKW.js";
import "./chunks/chunk-Z5TZTM2L.js";
import {
  __toESM
} from "./chunks/chunk-S2JO3YRI.js";

// src/app/index.ts
import { run } from "probot";

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
    else if (e.size !== void 0 && e.size > sizeLimitFor(path, maxFileBytes))
      notices.add(path, tooLargeReason(e.size, sizeLimitFor(path, maxFileBytes)));
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
    const limit2 = sizeLimitFor(path, maxFileBytes);
    if (bytes.length > limit2) return unlist(path, tooLargeReason(bytes.length, limit2));
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
function short(sha) {
  return sha.slice(0, 7);
}

// src/app/guarded-check-run.ts
async function withCheckRun(octokit, target, spec, log, evaluate3) {
  const run2 = await createCheckRun(octokit, {
    owner: target.owner,
    repo: target.repo,
    name: spec.name,
    headSha: target.headSha,
    output: { title: "Checking\u2026", summary: `Checking ${spec.what}.` }
  });
  try {
    return await evaluate3(run2);
  } catch (error) {
    const expected = error instanceof RepoError || error instanceof UnreadableFileError || error instanceof InputError;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      await completeCheckRun(octokit, run2, {
        conclusion: "failure",
        output: {
          title: `ops-steward could not check ${spec.what}`,
          summary: `ops-steward could not check ${spec.what}:

> ${reason.replace(/\n/g, "\n> ")}

` + (expected ? "Fix the cause above, then re-run this check from the Checks tab." : "This looks like a bug or a GitHub outage. Re-run this check from the Checks tab; if it fails again, please report it.")
        }
      });
    } catch (concludeError) {
      log.error(
        `could not conclude check run ${run2.checkRunId} after a failure: ${concludeError instanceof Error ? concludeError.message : String(concludeError)}`
      );
    }
    if (expected) {
      log.warn(`${spec.name} on ${spec.what} failed: ${reason}`);
      return { conclusion: "failure", checkRunId: run2.checkRunId, findings: [] };
    }
    throw error;
  }
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
  return withCheckRun(
    octokit,
    target,
    { name: CHECK_NAME, what: label(target) },
    deps2.log,
    (run2) => evaluate(octokit, target, run2, deps2)
  );
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
  return {
    conclusion,
    checkRunId: run2.checkRunId,
    findings,
    context: { config: loaded.config, configPath: loaded.configPath, files }
  };
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
  const budget = CHECK_RUN_LIMITS.outputBytes - Buffer.byteLength(footer);
  let maxChars = budget;
  for (; ; ) {
    const report = renderMarkdown(findings, { title, label: label(target), maxChars });
    const bytes = Buffer.byteLength(report);
    if (bytes <= budget || maxChars < 1e3) return report + footer;
    maxChars = Math.floor(maxChars * budget / bytes) - 100;
  }
}
function annotationNote(annotated, total) {
  const unplaced = total - annotated;
  if (unplaced <= 0) return void 0;
  return `${unplaced} ${unplaced === 1 ? "finding concerns" : "findings concern"} the repository as a whole and ${unplaced === 1 ? "is" : "are"} listed in the summary only.`;
}

// src/app/flags-check.ts
var FLAGS_CHECK_NAME = `${CHECK_NAME} / flags`;
async function checkPullRequestFlags(octokit, target, deps2) {
  if (deps2.context && deps2.context.config.checks.flags === false)
    return { findings: [], skipped: "checks.flags is false in the base branch config" };
  return withCheckRun(
    octokit,
    target,
    { name: FLAGS_CHECK_NAME, what: `the flag changes of ${label2(target)}` },
    deps2.log,
    (run2) => evaluate2(octokit, target, run2, deps2)
  );
}
async function evaluate2(octokit, target, run2, deps2) {
  const done = async (conclusion2, title2, summary2) => {
    await completeCheckRun(octokit, run2, { conclusion: conclusion2, output: { title: title2, summary: summary2 } });
    deps2.log.info(`${label2(target)}: ${FLAGS_CHECK_NAME} ${conclusion2} (${title2})`);
    return { conclusion: conclusion2, checkRunId: run2.checkRunId, findings: [] };
  };
  let context = deps2.context;
  if (!context) {
    const loaded = await loadBaseConfig(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.configRef
    });
    if (!loaded.ok)
      return done(
        "failure",
        `Invalid configuration in ${loaded.configPath}`,
        `The config on the base branch is invalid, so the flag rules did not run. The \`${CHECK_NAME}\` check run lists every problem with its line.`
      );
    if (loaded.config.checks.flags === false)
      return done(
        "success",
        "Flag checks are switched off",
        "`checks.flags` is `false` in the base branch config."
      );
    const files = await openGitHubRepo(octokit, {
      owner: target.head.owner,
      repo: target.head.repo,
      ref: target.headSha
    });
    context = { config: loaded.config, configPath: loaded.configPath, files };
  }
  if (target.pullNumber === void 0)
    return done(
      "neutral",
      "No pull request to compare with",
      "GitHub did not say which pull request this commit belongs to (a re-run of a fork pull request), so the flag rules of its changes cannot be checked here. Push again or re-run from the pull request."
    );
  const review = await reviewPullRequestFlags({
    octokit,
    owner: target.owner,
    repo: target.repo,
    pullNumber: target.pullNumber,
    ...target.changedFiles !== void 0 ? { changedFiles: target.changedFiles } : {},
    baseSha: target.configRef,
    headFiles: context.files,
    config: context.config,
    now: deps2.now
  });
  for (const note of review.notes) deps2.log.info(`${label2(target)}: ${note}`);
  const conclusion = conclusionFor(review.findings);
  const title = formatCounts(countFindings(review.findings));
  const summary = renderPullRequestFlagsComment(review, {
    label: label2(target),
    footer: `Config from the base branch at \`${target.configRef.slice(0, 12)}\`.`
  });
  await completeCheckRun(octokit, run2, {
    conclusion,
    output: { title, summary },
    annotations: toCheckRunAnnotations(review.findings)
  });
  deps2.log.info(`${label2(target)}: ${FLAGS_CHECK_NAME} ${conclusion} (${title})`);
  await comment(octokit, target, target.pullNumber, review, deps2);
  return { conclusion, checkRunId: run2.checkRunId, findings: review.findings };
}
async function comment(octokit, target, pullNumber, review, deps2) {
  const body = renderPullRequestFlagsComment(review, {
    label: label2(target),
    footer: `Updated on every push by the ops-steward App; see the \`${FLAGS_CHECK_NAME}\` check run.`
  });
  try {
    const result = await publishPullRequestComment(
      octokit,
      { owner: target.owner, repo: target.repo, pullNumber },
      review,
      body
    );
    const line = `${label2(target)}: ${describeCommentResult(result)}`;
    if (result.action === "skipped") deps2.log.warn(line);
    else deps2.log.info(line);
  } catch (error) {
    deps2.log.warn(
      `${label2(target)}: PR comment not updated: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function label2(target) {
  const pr = target.pullNumber === void 0 ? "" : ` (#${target.pullNumber})`;
  return `${target.head.owner}/${target.head.repo}@${target.headSha.slice(0, 7)}${pr}`;
}

// src/flags/renew/command.ts
var COMMAND = /^\s*\/ops-steward\s+renew(?=\s|$)(.*)$/i;
var FENCE = /^\s*(```|~~~)/;
var DAYS = /^(\d{1,6})(?:\s*(?:d|days?))?$/i;
var RENEW_USAGE = "`/ops-steward renew FLAG-KEY` (optionally followed by a number of days such as `30d`)";
function parseRenewCommand(body) {
  let fence;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (fence === void 0) fence = fenceMatch[1];
      else if (fence === fenceMatch[1]) fence = void 0;
      continue;
    }
    if (fence !== void 0 || /^\s*>/.test(line)) continue;
    const m = COMMAND.exec(line);
    if (!m) continue;
    return parseArguments((m[1] ?? "").trim());
  }
  return { kind: "none" };
}
function parseArguments(rest) {
  const tokens = rest === "" ? [] : rest.split(/\s+/);
  if (tokens.length === 3 && /^\d+$/.test(tokens[1]) && /^days?$/i.test(tokens[2]))
    tokens.splice(1, 2, `${tokens[1]}d`);
  const rawKey = tokens[0];
  if (rawKey === void 0)
    return { kind: "invalid", message: `Which flag should be renewed? Write ${RENEW_USAGE}.` };
  const key = rawKey.replace(/^([`"'])(.*)\1$/, "$2");
  if (key === "")
    return { kind: "invalid", message: `The flag key is empty. Write ${RENEW_USAGE}.` };
  if (tokens.length > 2)
    return {
      kind: "invalid",
      message: `I could not read \`${tokens.slice(1).join(" ")}\` after the flag key. Write ${RENEW_USAGE}; renew one flag per comment.`
    };
  const rawDays = tokens[1];
  if (rawDays === void 0) return { kind: "renew", key, days: null };
  const m = DAYS.exec(rawDays);
  if (!m)
    return {
      kind: "invalid",
      message: `I could not read \`${rawDays}\` as a number of days. Write it like \`30d\`, or leave it out to renew by the standard step.`
    };
  const days = Number(m[1]);
  if (days === 0)
    return {
      kind: "invalid",
      message: "A renewal of 0 days changes nothing. Leave the days out to renew by the standard step."
    };
  return { kind: "renew", key, days };
}

// src/flags/renew/edit.ts
var import_yaml = __toESM(require_dist(), 1);
function renewInRegistryText(text, key, next) {
  const doc = (0, import_yaml.parseDocument)(text, {
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false
  });
  if (doc.errors.length > 0) return { ok: false, message: "the registry is not valid YAML" };
  const root = doc.contents;
  const flags = (0, import_yaml.isMap)(root) ? root.get("flags", true) : void 0;
  if (!(0, import_yaml.isMap)(flags)) return { ok: false, message: "the registry has no `flags:` mapping" };
  const entry = flags.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === key);
  const value = entry?.value;
  if (!(0, import_yaml.isMap)(value))
    return { ok: false, message: `the entry of flag "${key}" is not a mapping of its fields` };
  const expires = field(value, "expires");
  if (!expires || !(0, import_yaml.isScalar)(expires.value) || !expires.value.range || expires.value.value === null)
    return {
      ok: false,
      message: `flag "${key}" has no \`expires:\` written in its own entry (it may come from a YAML anchor); edit it by hand`
    };
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const expiresRange = expires.value.range;
  const quote = quoteOf(text, expiresRange[0]);
  const edits = [
    { start: expiresRange[0], end: expiresRange[1], text: quote(next.expires) }
  ];
  const renewed = field(value, "renewedFrom");
  if (renewed && (0, import_yaml.isScalar)(renewed.value) && renewed.value.range) {
    const r = renewed.value.range;
    edits.push({ start: r[0], end: r[1], text: quoteOf(text, r[0])(next.renewedFrom) });
  } else if (renewed) {
    return {
      ok: false,
      message: `flag "${key}" has a \`renewedFrom:\` that is not a date; edit it by hand`
    };
  } else if (value.flow) {
    edits.push({
      start: expiresRange[1],
      end: expiresRange[1],
      text: `, renewedFrom: ${quote(next.renewedFrom)}`
    });
  } else {
    const keyNode = expires.key;
    const keyStart = keyNode.range[0];
    const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
    const indent = text.slice(lineStart, keyStart);
    if (!/^ *$/.test(indent))
      return {
        ok: false,
        message: `the \`expires:\` of flag "${key}" is laid out in a way this edit does not handle; edit it by hand`
      };
    let lineEnd = text.indexOf("\n", expiresRange[1]);
    if (lineEnd === -1) lineEnd = text.length;
    else if (text[lineEnd - 1] === "\r") lineEnd--;
    edits.push({
      start: lineEnd,
      end: lineEnd,
      text: `${eol}${indent}renewedFrom: ${quote(next.renewedFrom)}`
    });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  let after;
  try {
    const check = (0, import_yaml.parseDocument)(out, { uniqueKeys: false });
    after = check.errors.length === 0 ? check.toJS() : void 0;
  } catch {
    after = void 0;
  }
  const flag = pick(pick(after, "flags"), key);
  if (asIso(pick(flag, "expires")) !== next.expires || asIso(pick(flag, "renewedFrom")) !== next.renewedFrom)
    return {
      ok: false,
      message: `editing flag "${key}" in place did not give the expected dates; edit it by hand`
    };
  return { ok: true, text: out };
}
function field(map, name) {
  return map.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === name);
}
function quoteOf(text, at) {
  const ch = text[at];
  if (ch === '"') return (d) => `"${d}"`;
  if (ch === "'") return (d) => `'${d}'`;
  return (d) => d;
}
function pick(value, key) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value[key] : void 0;
}
function asIso(value) {
  if (typeof value === "string") return value;
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  return void 0;
}

// src/flags/renew/text.ts
function inlineCode(text) {
  const flat = text.replace(/\r\n|\r|\n/g, " ");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function quietList(handles) {
  const shown = handles.map(inlineCode);
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}

// src/flags/renew/messages.ts
function renewalMarker(key) {
  return `<!-- ops-steward:renew=${encodeURIComponent(key)} -->`;
}
function renewalBranch(key, expires) {
  const safe = key.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[.-]+|[.-]+$/g, "").replace(/\.lock$/i, "-lock").slice(0, 100);
  return `ops-steward/renew-${safe || "flag"}-${expires}`;
}
function renewalTitle(f) {
  return `Renew feature flag "${f.key}" until ${f.expires}`;
}
function renewalCommitMessage(f) {
  return `${renewalTitle(f)}

Moves expires of "${f.key}" from ${f.previousExpires} to ${f.expires} (+${f.days} days) in ${f.registryPath}.
Requested by @${f.commenter} in #${f.issueNumber}.`;
}
function renewalBody(f) {
  const step = f.policy ? ` (at most ${f.policy.days} days per renewal, ${inlineCode(f.policy.source)})` : "";
  return [
    renewalMarker(f.key),
    `Renews feature flag ${inlineCode(f.key)} by ${f.days} days${step}:`,
    "",
    `- \`expires\`: ${f.previousExpires} \u2192 **${f.expires}**`,
    `- \`renewedFrom\`: ${f.previousExpires} (the expiry this renewal extends)`,
    "",
    `Requested by @${f.commenter} in #${f.issueNumber}, who may renew it as ${f.because}. Only ${inlineCode(f.registryPath)} changes.`,
    "",
    "Merge to keep the flag until then. If it is no longer needed, close this and remove the flag instead \u2014 that is always the better outcome."
  ].join("\n");
}
function openedReply(f, pr, reused) {
  return reused ? `A renewal of ${inlineCode(f.key)} until ${f.expires} is already open: ${pr.url} (#${pr.number}). Merge it to renew the flag.` : `Opened ${pr.url} (#${pr.number}) to renew ${inlineCode(f.key)} by ${f.days} days, until ${f.expires}. The flag is renewed once it is merged.`;
}

// src/flags/renew/permission.ts
var RENEWING_ROLES = ["admin", "maintain"];
function decideRenewPermission(input) {
  const me = `@${input.commenter.replace(/^@/, "")}`;
  const memberOf = new Set([...input.memberOf].map((t) => t.toLowerCase()));
  const grants = (owner2) => ownerKind(owner2) === "user" && sameOwner(owner2, me) || ownerKind(owner2) === "team" && memberOf.has(owner2.toLowerCase());
  const owner = input.flagOwners.find(grants);
  if (owner)
    return {
      allowed: true,
      because: sameOwner(owner, me) ? "an owner of the flag" : `a member of ${inlineCode(owner)}, which owns the flag`
    };
  const codeowner = input.registryCodeowners.find(grants);
  if (codeowner)
    return {
      allowed: true,
      because: sameOwner(codeowner, me) ? `a code owner of ${inlineCode(input.registryPath)}` : `a member of ${inlineCode(codeowner)}, which owns ${inlineCode(input.registryPath)}`
    };
  if (input.role !== null && RENEWING_ROLES.includes(input.role))
    return { allowed: true, because: `someone with the ${input.role} role on this repository` };
  const who = [
    ...new Set(
      [...input.flagOwners, ...input.registryCodeowners].map((o) => o.trim()).filter(Boolean)
    )
  ];
  const people = who.length > 0 ? `${quietList(who)}, or ` : "";
  return {
    allowed: false,
    message: `Thanks for looking after this flag \u2014 but renewing it is up to the people responsible for it. It can be renewed by ${people}anyone with the maintain or admin role on this repository. Please ask one of them to comment the same command, or open a pull request that changes \`expires\` for them to review.`
  };
}
function teamsToCheck(flagOwners, registryCodeowners2) {
  const teams = /* @__PURE__ */ new Map();
  for (const owner of [...flagOwners, ...registryCodeowners2]) {
    if (ownerKind(owner) === "team" && !teams.has(owner.toLowerCase()))
      teams.set(owner.toLowerCase(), owner);
  }
  return [...teams.values()];
}
function roleFromPermissionResponse(data) {
  if (typeof data !== "object" || data === null) return null;
  const r = data;
  const known = (v) => typeof v === "string" && ["admin", "maintain", "write", "triage", "read", "none"].includes(v) ? v : null;
  return known(r.role_name) ?? known(r.permission);
}

// src/flags/renew/plan.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function planRenewal(req) {
  const { registryPath: path, config } = req;
  const file = inlineCode(path);
  const registry = parseRegistry(req.registryText, path, config);
  if (!registry.parsed) {
    const first = registry.findings.find((f) => f.severity === "error") ?? registry.findings[0];
    const where = first?.line ? ` (line ${first.line}${first.column ? `, column ${first.column}` : ""})` : "";
    return {
      ok: false,
      reason: "registry-invalid",
      message: `I could not read ${file} on the default branch${where}: ${first?.message ?? "it is not a flag registry"}. Fix the registry first, then ask again.`
    };
  }
  const flag = registry.flags.find((f) => f.key === req.key);
  const code = inlineCode(req.key);
  if (!flag) {
    const hint = suggestKey(
      req.key,
      registry.flags.map((f) => f.key)
    );
    return {
      ok: false,
      reason: "unknown-flag",
      message: `There is no flag ${code} in ${file} on the default branch, so there is nothing to renew.` + (hint ? ` Did you mean ${inlineCode(hint)}?` : "") + " Use the key exactly as it is written in the registry."
    };
  }
  if (config.permanentTypes.includes(flag.type)) {
    return {
      ok: false,
      reason: "permanent",
      flag,
      message: `${code} is a ${inlineCode(flag.type)} flag, which never expires: there is nothing to renew.`
    };
  }
  const previous = flag.expires === null ? null : epochDay(flag.expires);
  if (flag.expires === null || previous === null) {
    return {
      ok: false,
      reason: "no-expires",
      flag,
      message: `${code} has no valid \`expires\` date in ${file} (line ${flag.line}), so there is nothing to move. Fix its entry in a pull request; the registry check says what is wrong.`
    };
  }
  const policy = lifetimePolicy(config, flag.type);
  if (policy === null && req.days === null) {
    return {
      ok: false,
      reason: "no-policy",
      flag,
      message: `There is no lifetime policy for ${inlineCode(flag.type || "untyped")} flags (\`flags.lifetimeDays\`), so I do not know the standard step. Say how many days, like \`/ops-steward renew ${req.key} 30d\`.`
    };
  }
  const days = req.days ?? policy.days;
  if (policy && days > policy.days) {
    return {
      ok: false,
      reason: "too-long",
      flag,
      message: `A renewal may move \`expires\` by at most ${policy.days} days (${inlineCode(policy.source)}), and you asked for ${days}. Comment \`/ops-steward renew ${req.key}\` to renew by ${policy.days} days, or give a shorter step such as \`/ops-steward renew ${req.key} 14d\`. A flag that needs longer gets renewed again later \u2014 each step is a deliberate decision.`
    };
  }
  const next = previous + days;
  const today = epochDayOf(req.now);
  if (next <= today) {
    return {
      ok: false,
      reason: "still-expired",
      flag,
      message: `${code} expired on ${flag.expires}. Renewals extend the current expiry in steps of at most ${days} days, and one step would end on ${isoFromEpochDay(next)} \u2014 still in the past. Remove the flag from the code and from ${file}; if it must stay, declare it again under a new key in a pull request, so the decision is made in review.`
    };
  }
  const expires = isoFromEpochDay(next);
  const edit = renewInRegistryText(req.registryText, req.key, {
    expires,
    renewedFrom: flag.expires
  });
  if (!edit.ok) {
    return {
      ok: false,
      reason: "edit-failed",
      flag,
      message: `I could not edit ${file} safely: ${edit.message}. Renew it by hand: set \`expires: ${expires}\` and \`renewedFrom: ${flag.expires}\`.`
    };
  }
  return { ok: true, flag, days, policy, previousExpires: flag.expires, expires, text: edit.text };
}
function suggestKey(key, keys) {
  if (keys.length === 0) return void 0;
  const caseless = keys.find((k) => k.toLowerCase() === key.toLowerCase());
  if (caseless) return caseless;
  const best = (0, import_fastest_levenshtein.closest)(key, [...keys]);
  return (0, import_fastest_levenshtein.distance)(key, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : void 0;
}

// src/github/renewal.ts
var MAX_TEAM_LOOKUPS = 10;
async function handleRenewComment(input) {
  const { octokit, owner, repo, commenter, defaultBranch: defaultBranch2 } = input;
  const log = input.log ?? { info: () => void 0, warn: () => void 0 };
  if (/\[bot\]$/i.test(commenter)) return { kind: "ignored", reason: "comment by a bot" };
  const command = parseRenewCommand(input.body);
  if (command.kind === "none") return { kind: "ignored", reason: "no renew command" };
  const reply = async (reason, text) => {
    await postComment(input, `@${commenter} ${text}`);
    log.info(`renew in ${owner}/${repo}#${input.issueNumber} by ${commenter}: ${reason}`);
    return { kind: "replied", reason, reply: text };
  };
  if (command.kind === "invalid") return reply("invalid", command.message);
  const registryPath = input.config.flags.registry;
  const baseSha = await branchSha(octokit, owner, repo, defaultBranch2);
  const registry = await readWithSha(octokit, { owner, repo, path: registryPath, ref: baseSha });
  if (!registry)
    return reply(
      "no-registry",
      `There is no ${inlineCode(registryPath)} on ${inlineCode(defaultBranch2)}, so there is no flag to renew.`
    );
  const plan = planRenewal({
    registryText: registry.text,
    registryPath,
    key: command.key,
    days: command.days,
    config: input.config.flags,
    now: input.now
  });
  if (!plan.ok) return reply(plan.reason, plan.message);
  const permission = await checkPermission(input, plan.flag.owners, baseSha, log);
  if (!permission.allowed) return reply("refused", permission.message);
  const facts = {
    key: plan.flag.key,
    previousExpires: plan.previousExpires,
    expires: plan.expires,
    days: plan.days,
    policy: plan.policy,
    registryPath,
    commenter,
    issueNumber: input.issueNumber,
    because: permission.because
  };
  const branch = renewalBranch(facts.key, facts.expires);
  const existing = await findOpenPull(octokit, owner, repo, branch);
  if (existing) return finish(input, facts, existing, branch, true, log);
  await prepareBranch(input, branch, baseSha, registryPath, registry.sha, plan.text, facts);
  let pull;
  try {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/pulls", {
      owner,
      repo,
      title: renewalTitle(facts),
      head: branch,
      base: defaultBranch2,
      body: renewalBody(facts)
    });
    pull = readPull(data);
  } catch (error) {
    const raced = httpStatus(error) === 422 ? await findOpenPull(octokit, owner, repo, branch) : void 0;
    if (!raced) throw error;
    return finish(input, facts, raced, branch, true, log);
  }
  return finish(input, facts, pull, branch, false, log);
}
async function finish(input, facts, pull, branch, reused, log) {
  const text = openedReply(facts, pull, reused);
  await postComment(input, `@${input.commenter} ${text}`);
  log.info(
    `renew ${facts.key} in ${input.owner}/${input.repo} by ${input.commenter}: ${reused ? "reused" : "opened"} #${pull.number} (${facts.previousExpires} \u2192 ${facts.expires})`
  );
  return {
    kind: reused ? "reused" : "opened",
    pullNumber: pull.number,
    pullUrl: pull.url,
    branch,
    reply: text
  };
}
async function checkPermission(input, flagOwners, baseSha, log) {
  const registryPath = input.config.flags.registry;
  const memberOf = /* @__PURE__ */ new Set();
  let role = null;
  let codeowners = [];
  const decide = () => decideRenewPermission({
    commenter: input.commenter,
    flagOwners,
    registryCodeowners: codeowners,
    registryPath,
    role,
    memberOf
  });
  let verdict = decide();
  if (verdict.allowed) return verdict;
  role = await fetchRole(input, log);
  verdict = decide();
  if (verdict.allowed) return verdict;
  codeowners = await registryCodeowners(input, baseSha, log);
  verdict = decide();
  if (verdict.allowed) return verdict;
  for (const team of teamsToCheck(flagOwners, codeowners).slice(0, MAX_TEAM_LOOKUPS)) {
    if (await isTeamMember(input, team, log)) {
      memberOf.add(team);
      break;
    }
  }
  return decide();
}
async function fetchRole(input, log) {
  try {
    const { data } = await input.octokit.request(
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      {
        owner: input.owner,
        repo: input.repo,
        username: input.commenter
      }
    );
    return roleFromPermissionResponse(data);
  } catch (error) {
    if (httpStatus(error) === 404) return "none";
    log.warn(
      `could not read the permission of ${input.commenter} on ${input.owner}/${input.repo}: ${describeError(error)}`
    );
    return null;
  }
}
async function registryCodeowners(input, ref, log) {
  for (const location of CODEOWNERS_LOCATIONS) {
    let text;
    try {
      text = await readFileAtRef(input.octokit, {
        owner: input.owner,
        repo: input.repo,
        path: location,
        ref
      });
    } catch (error) {
      log.warn(`could not read ${location}: ${describeError(error)}`);
      return [];
    }
    if (text === void 0) continue;
    const codeowners = parseCodeowners(text, location);
    return codeowners.ignored ? [] : ownersOf(codeowners, input.config.flags.registry).owners;
  }
  return [];
}
async function isTeamMember(input, team, log) {
  const [org, slug] = team.replace(/^@/, "").split("/");
  try {
    const { data } = await input.octokit.request(
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}",
      {
        org,
        team_slug: slug,
        username: input.commenter
      }
    );
    return data.state === "active";
  } catch (error) {
    if (httpStatus(error) !== 404)
      log.warn(
        `could not check membership of ${input.commenter} in ${team}: ${describeError(error)}`
      );
    return false;
  }
}
async function prepareBranch(input, branch, baseSha, path, blobSha, text, facts) {
  const { octokit, owner, repo } = input;
  try {
    await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
      owner,
      repo,
      ref: `refs/heads/${branch}`,
      sha: baseSha
    });
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    const onBranch = await readWithSha(octokit, { owner, repo, path, ref: branch });
    if (onBranch?.text === text) return;
    await octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      owner,
      repo,
      ref: `heads/${branch}`,
      sha: baseSha,
      force: true
    });
  }
  await octokit.request("PUT /repos/{owner}/{repo}/contents/{path}", {
    owner,
    repo,
    path,
    branch,
    sha: blobSha,
    message: renewalCommitMessage(facts),
    content: Buffer.from(text, "utf8").toString("base64")
  });
}
async function findOpenPull(octokit, owner, repo, branch) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls", {
    owner,
    repo,
    state: "open",
    head: `${owner}:${branch}`,
    per_page: 10
  });
  const first = Array.isArray(data) ? data[0] : void 0;
  return first === void 0 ? void 0 : readPull(first);
}
function readPull(data) {
  const r = typeof data === "object" && data !== null ? data : {};
  if (typeof r.number !== "number")
    throw new Error("GitHub returned a pull request without a number");
  return { number: r.number, url: typeof r.html_url === "string" ? r.html_url : `#${r.number}` };
}
async function branchSha(octokit, owner, repo, branch) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
    owner,
    repo,
    ref: `heads/${branch}`
  });
  const sha = data.object?.sha;
  if (typeof sha !== "string")
    throw new Error(`GitHub returned no commit for branch ${branch} of ${owner}/${repo}`);
  return sha;
}
async function readWithSha(octokit, file) {
  let data;
  try {
    ({ data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", file));
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    if (isTooLarge(error))
      throw new Error(
        `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is over 1 MB, too large for the GitHub contents API: renew it by hand`,
        { cause: error }
      );
    throw error;
  }
  const r = typeof data === "object" && data !== null && !Array.isArray(data) ? data : {};
  if (r.type !== "file" || typeof r.content !== "string" || typeof r.sha !== "string" || r.encoding !== "base64")
    throw new Error(
      `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is not a readable file (directory, symlink or over 1 MB)`
    );
  return { text: Buffer.from(r.content, "base64").toString("utf8"), sha: r.sha };
}
async function postComment(input, body) {
  await input.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    body
  });
}

// src/app/renew.ts
async function onRenewComment(octokit, event, deps2) {
  if (parseRenewCommand(event.body).kind === "none")
    return { kind: "ignored", reason: "no renew command" };
  if (/\[bot\]$/i.test(event.commenter)) return { kind: "ignored", reason: "comment by a bot" };
  const loaded = await loadBaseConfig(octokit, {
    owner: event.owner,
    repo: event.repo,
    ref: event.defaultBranch
  });
  if (!loaded.ok) {
    const problems = loaded.errors.map((f) => `- \`${formatLocation(f)}\` ${f.message}`).join("\n");
    const reply = `The ops-steward config on \`${event.defaultBranch}\` is invalid, so I cannot tell the renewal policy. Fix it first:

${problems}`;
    await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: event.owner,
      repo: event.repo,
      issue_number: event.issueNumber,
      body: `@${event.commenter} ${reply}`
    });
    deps2.log.warn(`renew in ${event.owner}/${event.repo}#${event.issueNumber}: invalid config`);
    return { kind: "replied", reason: "invalid", reply };
  }
  return handleRenewComment({
    octokit,
    owner: event.owner,
    repo: event.repo,
    issueNumber: event.issueNumber,
    commenter: event.commenter,
    body: event.body,
    defaultBranch: event.defaultBranch,
    config: loaded.config,
    now: deps2.now,
    log: deps2.log
  });
}

// src/app/schedule.ts
var DAILY_SYNC_ENV = "OPS_STEWARD_DAILY_SYNC";
var DEFAULT_DAILY_SYNC = {
  intervalMs: 24 * 60 * 60 * 1e3,
  maxJitterMs: 60 * 60 * 1e3
};
var OFF = /* @__PURE__ */ new Set(["off", "false", "0", "no", "disabled"]);
function dailySyncFromEnv(env) {
  const value = env[DAILY_SYNC_ENV]?.trim().toLowerCase();
  return value !== void 0 && OFF.has(value) ? void 0 : DEFAULT_DAILY_SYNC;
}
function startDailySync(pass, options, deps2) {
  const random = deps2.random ?? Math.random;
  let timer;
  let stopped = false;
  const schedule = (base) => {
    if (stopped) return;
    const delay = base + Math.floor(random() * options.maxJitterMs);
    timer = setTimeout(() => {
      void pass().catch(
        (error) => deps2.log.error(
          `daily flags-sync pass failed: ${error instanceof Error ? error.message : String(error)}`
        )
      ).finally(() => schedule(options.intervalMs));
    }, delay);
    timer.unref();
    deps2.log.info(
      `daily flags-sync: next pass in ${Math.round(delay / 6e4)} min (${DAILY_SYNC_ENV}=off disables it)`
    );
  };
  schedule(0);
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    }
  };
}

// src/app/sync.ts
async function syncRepository(octokit, target, deps2) {
  const where = `${target.owner}/${target.repo}`;
  try {
    const ref = target.ref ?? await defaultBranch(octokit, target);
    const loaded = await loadBaseConfig(octokit, { owner: target.owner, repo: target.repo, ref });
    if (!loaded.ok) {
      const reason = `the config ${loaded.configPath} at ${ref} is invalid (${loaded.errors.length} error(s)); the flag issues were left as they are`;
      deps2.log.warn(`flags-sync ${where}: ${reason}`);
      return { kind: "skipped", reason };
    }
    const config = loaded.config;
    if (config.checks.flags === false)
      return { kind: "skipped", reason: "checks.flags is false in the config" };
    const registry = await readFileAtRef(octokit, {
      owner: target.owner,
      repo: target.repo,
      path: config.flags.registry,
      ref
    });
    if (registry === void 0 && !await hasOpenFlagIssue(octokit, target, config.flags.sync.labels.base))
      return {
        kind: "skipped",
        reason: `no ${config.flags.registry} and no open flag issue: nothing to sweep`
      };
    const tree = await openGitHubRepo(octokit, { owner: target.owner, repo: target.repo, ref });
    const files = config.ignore.length > 0 ? withIgnore(tree, config.ignore) : tree;
    const result = await runFlagSync({
      octokit,
      owner: target.owner,
      repo: target.repo,
      sha: tree.sha,
      files,
      directory: (await loadOnCall(files, config.oncall)).directory,
      config,
      now: deps2.now,
      log: {
        info: (m) => deps2.log.info(`flags-sync ${where}: ${m}`),
        warning: (m) => deps2.log.warn(`flags-sync ${where}: ${m}`)
      },
      ...deps2.serverUrl ? { serverUrl: deps2.serverUrl } : {}
    });
    const c = result.counts;
    deps2.log.info(
      `flags-sync ${where}@${tree.sha.slice(0, 7)}: ${c.created} created, ${c.updated} updated, ${c.closed} closed, ${c.reopened} reopened, ${c.escalated} escalated, ${result.writes}/${result.budget} writes` + (result.error ? `; error: ${result.error}` : "")
    );
    return result.error ? { kind: "failed", reason: result.error } : { kind: "synced", result };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps2.log.warn(`flags-sync ${where}: ${reason}`);
    return { kind: "failed", reason };
  }
}
async function defaultBranch(octokit, target) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}", {
    owner: target.owner,
    repo: target.repo
  });
  const branch = data.default_branch;
  if (typeof branch !== "string")
    throw new Error(`GitHub returned no default branch for ${target.owner}/${target.repo}`);
  return branch;
}
async function hasOpenFlagIssue(octokit, target, label3) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues", {
    owner: target.owner,
    repo: target.repo,
    labels: label3,
    state: "open",
    per_page: 1
  });
  return Array.isArray(data) && data.length > 0;
}
var MAX_PAGES = 100;
async function sweepInstallations(app, deps2) {
  const summary = {
    installations: 0,
    repositories: 0,
    synced: 0,
    skipped: 0,
    failed: 0
  };
  const appOctokit = await app.auth();
  const installations = pageItems(
    appOctokit,
    "GET /app/installations",
    {},
    { maxPages: MAX_PAGES }
  );
  for await (const raw of installations) {
    const inst = raw;
    if (typeof inst.id !== "number" || inst.suspended_at) continue;
    summary.installations++;
    try {
      await sweepInstallation(await app.auth(inst.id), summary, deps2);
    } catch (error) {
      deps2.log.warn(
        `daily flags-sync: installation ${inst.id} (${String(inst.account?.login ?? "?")}) failed: ${error instanceof Error ? error.message : String(error)}`
      );
    }
  }
  deps2.log.info(
    `daily flags-sync: ${summary.installations} installation(s), ${summary.repositories} repositories: ${summary.synced} synced, ${summary.skipped} skipped, ${summary.failed} failed`
  );
  return summary;
}
async function sweepInstallation(octokit, summary, deps2) {
  const repos = pageItems(
    octokit,
    "GET /installation/repositories",
    {},
    {
      maxPages: MAX_PAGES,
      field: "repositories"
    }
  );
  for await (const raw of repos) {
    const r = raw;
    if (typeof r.name !== "string" || typeof r.owner?.login !== "string") continue;
    summary.repositories++;
    if (r.archived === true || r.has_issues === false) {
      summary.skipped++;
      continue;
    }
    const outcome = await syncRepository(
      octokit,
      {
        owner: r.owner.login,
        repo: r.name,
        ...typeof r.default_branch === "string" ? { ref: r.default_branch } : {}
      },
      { ...deps2, now: deps2.now() }
    );
    summary[outcome.kind]++;
  }
}

// src/app/targets.ts
function targetFromPullRequest(base, pr, headSha = pr.head.sha) {
  const repo = pr.head.repo;
  const head = repo?.owner ? { owner: repo.owner.login, repo: repo.name } : base;
  return {
    ...base,
    headSha,
    head,
    configRef: pr.base.sha,
    pullNumber: pr.number,
    ...typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {}
  };
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
      await checkBoth(context, targetFromPullRequest(base, pr), now, options);
    });
    app.on("check_run.rerequested", async (context) => {
      const { repository, check_run: run2 } = context.payload;
      const flagsRun = run2.name === FLAGS_CHECK_NAME && options.flagsCheckRun !== false;
      if (run2.name !== CHECK_NAME && !flagsRun) return;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: run2.head_sha,
        pullNumbers: run2.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch
      });
      if (run2.name === CHECK_NAME)
        await checkPullRequest(octokitOf(context), target, deps(context, now, options.checks));
      else
        await checkPullRequestFlags(octokitOf(context), target, {
          now: now(),
          log: logOf(context)
        });
    });
    app.on("check_suite.rerequested", async (context) => {
      const { repository, check_suite: suite } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: suite.head_sha,
        pullNumbers: suite.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch
      });
      await checkBoth(context, target, now, options);
    });
    app.on("issue_comment.created", async (context) => {
      const { repository, issue, comment: comment2 } = context.payload;
      await onRenewComment(
        octokitOf(context),
        {
          owner: repository.owner.login,
          repo: repository.name,
          defaultBranch: repository.default_branch,
          issueNumber: issue.number,
          commenter: comment2.user?.login ?? "",
          body: comment2.body ?? ""
        },
        { now: now(), log: logOf(context) }
      );
    });
    app.on("push", async (context) => {
      const { repository, ref, after, deleted } = context.payload;
      if (deleted || ref !== `refs/heads/${repository.default_branch}`) return;
      await syncRepository(
        octokitOf(context),
        { owner: repository.owner?.login ?? "", repo: repository.name, ref: after },
        { now: now(), log: logOf(context) }
      );
    });
    app.on(["installation.created", "installation_repositories.added"], async (context) => {
      const payload = context.payload;
      const repos = "repositories_added" in payload ? payload.repositories_added : payload.repositories ?? [];
      for (const r of repos) {
        const [owner, repo] = r.full_name.split("/");
        if (!owner || !repo) continue;
        await syncRepository(
          octokitOf(context),
          { owner, repo },
          { now: now(), log: logOf(context) }
        );
      }
    });
    if (options.dailySync) startTimer(app, options.dailySync, now);
  };
}
function startTimer(app, schedule, now) {
  const log = {
    info: (m) => app.log.info(m),
    warn: (m) => app.log.warn(m),
    error: (m) => app.log.error(m)
  };
  startDailySync(
    () => sweepInstallations(
      { auth: (id) => app.auth(id) },
      { now, log }
    ),
    schedule,
    { log }
  );
}
async function checkBoth(context, target, now, options) {
  const octokit = octokitOf(context);
  const main = await checkPullRequest(octokit, target, deps(context, now, options.checks));
  if (options.flagsCheckRun === false) return;
  await checkPullRequestFlags(octokit, target, {
    now: now(),
    log: logOf(context),
    ...main.context ? { context: main.context } : {}
  });
}
function octokitOf(context) {
  return context.octokit;
}
function logOf(context) {
  return {
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    error: (m) => context.log.error(m)
  };
}
function deps(context, now, checks) {
  return { now: now(), log: logOf(context), checks };
}
var app_default = createApp();

// src/app/index.ts
var dailySync = dailySyncFromEnv(process.env);
run(createApp(dailySync ? { dailySync } : {})).catch((error) => {
  process.stderr.write(
    `ops-steward app: cannot start: ${error instanceof Error ? error.message : String(error)}
`
  );
  process.exitCode = 1;
});
