import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  GITHUB_COMMENT_LIMIT,
  PER_PAGE,
  UnreadableFileError,
  defuseMarkers,
  describeError,
  diffFromPullFiles,
  escapeMarkdownCell,
  finish,
  guarded,
  httpStatus,
  isRateLimited,
  moduleContext,
  ownerKind,
  pLimit,
  pageItems,
  prop,
  redactSecrets,
  renderMarkdown,
  selectModules,
  sortFindings,
  truncateChars
} from "./chunk-JZZVEPMK.js";

// src/github/contents.ts
async function readFileAtRef(octokit, file) {
  return (await readContentsAtRef(octokit, file))?.text;
}
async function readContentsAtRef(octokit, file) {
  let data;
  try {
    ({ data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref
    }));
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    if (isTooLarge(error)) throw new UnreadableFileError(`${describeFile(file)} ${TOO_LARGE}`);
    throw error;
  }
  const where = describeFile(file);
  if (Array.isArray(data)) throw new UnreadableFileError(`${where} is a directory, not a file`);
  const record = typeof data === "object" && data !== null ? data : {};
  if (record.type !== void 0 && record.type !== "file") {
    throw new UnreadableFileError(`${where} is a ${String(record.type)}, not a regular file`);
  }
  const content = record.content;
  if (typeof content !== "string")
    throw new UnreadableFileError(`GitHub returned no content for ${where}`);
  if (record.encoding === "base64") {
    const bytes = Buffer.from(content, "base64");
    const text = bytes.toString("utf8");
    return typeof record.sha === "string" ? { text, blob: { sha: record.sha, bytes } } : { text };
  }
  if (record.encoding === "none" || content === "" && typeof record.size === "number" && record.size > 0) {
    throw new UnreadableFileError(`${where} ${TOO_LARGE}`);
  }
  return { text: content };
}
var TOO_LARGE = "is too large for the GitHub contents API (over 1 MB)";
function describeFile(file) {
  return `${file.path} at ${file.ref.slice(0, 12)} in ${file.owner}/${file.repo}`;
}
function isTooLarge(error) {
  if (httpStatus(error) !== 403) return false;
  const errors = prop(prop(prop(error, "response"), "data"), "errors");
  return Array.isArray(errors) && errors.some((e) => prop(e, "code") === "too_large");
}

// src/github/codeowners.ts
async function fetchCodeownersErrors(octokit, target) {
  const params = { owner: target.owner, repo: target.repo };
  if (target.ref !== void 0) params.ref = target.ref;
  try {
    const res = await octokit.request("GET /repos/{owner}/{repo}/codeowners/errors", params);
    return codeownersErrorsToFindings(res.data);
  } catch (err) {
    if (httpStatus(err) === 404) return [];
    return [
      {
        ruleId: "codeowners/github-unavailable",
        severity: "notice",
        message: `could not read GitHub's CODEOWNERS errors for ${target.owner}/${target.repo}: ${describeError(err)}`
      }
    ];
  }
}
function codeownersErrorsToFindings(data) {
  const errors = prop(data, "errors");
  if (!Array.isArray(errors)) return [];
  const findings = [];
  for (const raw of errors) {
    const e = readError(raw);
    if (!e) continue;
    const hint = e.suggestion ? ` ${e.suggestion}` : "";
    const source = e.source ? `: ${e.source.trim()}` : "";
    const finding = {
      ruleId: "codeowners/github-error",
      severity: "error",
      message: `GitHub reports "${e.kind}"${source}.${hint}`,
      file: e.path
    };
    if (e.line > 0) finding.line = e.line;
    if (e.line > 0 && e.column > 0) finding.column = e.column;
    findings.push(finding);
  }
  return findings;
}
function readError(raw) {
  const line = prop(raw, "line");
  const column = prop(raw, "column");
  const kind = prop(raw, "kind");
  const message = prop(raw, "message");
  const path = prop(raw, "path");
  if (typeof kind !== "string" || typeof path !== "string") return void 0;
  const source = prop(raw, "source");
  const suggestion = prop(raw, "suggestion");
  return {
    line: typeof line === "number" ? line : 0,
    column: typeof column === "number" ? column : 0,
    kind,
    message: typeof message === "string" ? message : kind,
    path,
    source: typeof source === "string" ? source : void 0,
    suggestion: typeof suggestion === "string" ? suggestion : null
  };
}
function createGitHubOwnerVerifier(octokit, target, opts = {}) {
  const limit = pLimit(opts.concurrency ?? 4);
  const teamsVisible = /* @__PURE__ */ new Map();
  const canSeeTeams = (org) => {
    let answer = teamsVisible.get(org);
    if (!answer) {
      answer = canListTeams(octokit, org);
      teamsVisible.set(org, answer);
    }
    return answer;
  };
  return {
    async verify(owners) {
      const entries = await Promise.all(
        owners.map(
          async (owner) => [owner, await limit(() => verifyOne(octokit, target, owner, canSeeTeams))]
        )
      );
      return new Map(entries);
    }
  };
}
async function verifyOne(octokit, target, owner, canSeeTeams) {
  const kind = ownerKind(owner);
  if (kind === "user") return verifyUser(octokit, target, owner.slice(1));
  if (kind === "team") {
    const [org, slug] = owner.slice(1).split("/");
    return verifyTeam(octokit, target, org, slug.toLowerCase(), canSeeTeams);
  }
  return "unknown";
}
async function verifyUser(octokit, target, username) {
  const exists = await status(() => octokit.request("GET /users/{username}", { username }));
  if (exists !== "ok") return exists;
  try {
    const res = await octokit.request(
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      { owner: target.owner, repo: target.repo, username }
    );
    const permission = prop(res.data, "permission");
    const role = prop(res.data, "role_name");
    const canWrite = permission === "admin" || permission === "write" || role === "admin" || role === "maintain" || role === "write";
    return canWrite ? "ok" : "no-write";
  } catch (err) {
    return httpStatus(err) === 404 ? "no-write" : "unknown";
  }
}
async function verifyTeam(octokit, target, org, slug, canSeeTeams) {
  const exists = await status(
    () => octokit.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: slug })
  );
  if (exists === "missing" && !await canSeeTeams(org)) return "unknown";
  if (exists !== "ok") return exists;
  try {
    const res = await octokit.request("GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", {
      org,
      team_slug: slug,
      owner: target.owner,
      repo: target.repo,
      headers: { accept: "application/vnd.github.v3.repository+json" }
    });
    const perms = prop(res.data, "permissions");
    const canWrite = prop(perms, "admin") === true || prop(perms, "maintain") === true || prop(perms, "push") === true;
    return canWrite ? "ok" : "no-write";
  } catch (err) {
    return httpStatus(err) === 404 ? "no-write" : "unknown";
  }
}
async function canListTeams(octokit, org) {
  return await status(() => octokit.request("GET /orgs/{org}/teams", { org, per_page: 1 })) === "ok";
}
async function status(call) {
  try {
    await call();
    return "ok";
  } catch (err) {
    return httpStatus(err) === 404 ? "missing" : "unknown";
  }
}

// src/github/people.ts
function githubPersonLookup(octokit, repo) {
  let org;
  let membersVisible;
  const orgOf = () => org ??= octokit.request("GET /users/{username}", { username: repo.owner }).then(
    (res) => res.data.type === "Organization" ? repo.owner : void 0
  ).catch(() => void 0);
  const canSeeMembers = (name) => membersVisible ??= octokit.request("GET /orgs/{org}/teams", { org: name, per_page: 1 }).then(() => true).catch(() => false);
  return async (login) => {
    try {
      const { data } = await octokit.request("GET /users/{username}", { username: login });
      if (data.type === "Organization") return "not-found";
    } catch (error) {
      return httpStatus(error) === 404 ? "not-found" : "unknown";
    }
    const name = await orgOf();
    if (name === void 0) return "user";
    try {
      await octokit.request("GET /orgs/{org}/members/{username}", { org: name, username: login });
      return "user";
    } catch (error) {
      if (httpStatus(error) === 404 && await canSeeMembers(name)) return "not-found";
      return "unknown";
    }
  };
}

// src/github/services.ts
function githubCheckServices(octokit, target) {
  const repo = { owner: target.owner, repo: target.repo };
  return {
    codeowners: {
      verifier: createGitHubOwnerVerifier(octokit, repo),
      githubErrors: () => fetchCodeownersErrors(octokit, { ...repo, ref: target.ref })
    },
    oncall: { lookupPerson: githubPersonLookup(octokit, repo) }
  };
}

// src/engine/review-pull-request.ts
async function reviewPullRequest(input) {
  const options = {
    now: input.now,
    ...input.configPath !== void 0 ? { configPath: input.configPath } : {},
    ...input.modules ? { modules: input.modules } : {},
    ...input.services ? { services: input.services } : {}
  };
  const ctx = {
    ...moduleContext(input.files, input.config, options),
    diff: input.diff,
    base: input.base
  };
  const reviews = [];
  for (const module of selectModules(input.config, options)) {
    const review = module.pullRequest;
    if (!review) continue;
    let notes2 = [];
    let section;
    let supersedes = [];
    const raw = await guarded(module, async () => {
      const out = await review(ctx);
      notes2 = out.notes ?? [];
      section = out.section;
      supersedes = out.supersedes ?? [];
      return out.findings;
    });
    reviews.push({
      id: module.id,
      title: module.title,
      findings: await finish(raw, ctx),
      notes: notes2,
      ...supersedes.length > 0 ? { supersedes } : {},
      ...section ? { section } : {}
    });
  }
  const notes = input.diff.complete ? [] : [
    "GitHub lists at most 3000 changed files of a pull request: changed lines in the files beyond that are not checked here (the full report still covers them)."
  ];
  return { reviews, findings: reviews.flatMap((r) => r.findings), notes };
}
function withoutSuperseded(full, outcome) {
  const superseded = supersededBy(outcome.reviews);
  const same = new Set(outcome.findings.map(findingKey));
  return full.filter((f) => !same.has(findingKey(f)) && !superseded(f));
}
function withSupersededReplaced(full, outcome) {
  const superseded = supersededBy(outcome.reviews);
  const verdicts = outcome.reviews.flatMap((r) => {
    const files = new Set(r.supersedes ?? []);
    return r.findings.filter((f) => f.file !== void 0 && files.has(f.file));
  });
  return sortFindings([...full.filter((f) => !superseded(f)), ...verdicts]);
}
function supersededBy(reviews) {
  const replaced = /* @__PURE__ */ new Map();
  for (const r of reviews)
    if (r.supersedes && r.supersedes.length > 0) replaced.set(`${r.id}/`, new Set(r.supersedes));
  return (f) => {
    if (f.file === void 0) return false;
    for (const [prefix, files] of replaced)
      if (f.ruleId.startsWith(prefix) && files.has(f.file)) return true;
    return false;
  };
}
function findingKey(f) {
  return JSON.stringify([f.ruleId, f.file ?? "", f.line ?? 0, f.column ?? 0, f.message]);
}

// src/github/pull-request.ts
var PULL_FILES_LIMIT = 3e3;
async function listPullRequestFiles(octokit, pr) {
  const out = [];
  const files = pageItems(
    octokit,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    { owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber },
    { maxPages: PULL_FILES_LIMIT / PER_PAGE }
  );
  for await (const raw of files) {
    const entry = readEntry(raw);
    if (entry) out.push(entry);
  }
  return out;
}
async function fetchPullRequestDiff(octokit, pr) {
  const entries = await listPullRequestFiles(octokit, pr);
  return diffFromPullFiles(entries, pr.changedFiles);
}
function readEntry(raw) {
  if (typeof raw !== "object" || raw === null) return void 0;
  const r = raw;
  if (typeof r.filename !== "string" || r.filename === "") return void 0;
  return {
    filename: r.filename,
    status: typeof r.status === "string" ? r.status : "modified",
    ...typeof r.patch === "string" ? { patch: r.patch } : {},
    ...typeof r.previous_filename === "string" ? { previous_filename: r.previous_filename } : {}
  };
}

// src/report/pull-request.ts
function reviewHeading(review) {
  const t = review.title;
  const noun = /^[A-Z][a-z]/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
  return `ops-steward: ${noun} in this pull request`;
}
function renderModuleReview(review, options) {
  const notes = review.notes.map((n) => `> ${escapeMarkdownCell(n)}`).join("\n>\n");
  const section = review.section ? `
#### ${escapeMarkdownCell(review.section.title)}

${review.section.markdown.trimEnd()}
` : "";
  const tail = section + (notes ? `
${notes}
` : "");
  const table = renderMarkdown(review.findings, {
    title: reviewHeading(review),
    label: options.label,
    maxChars: Math.max(200, options.maxChars - tail.length)
  });
  return table + tail;
}
function renderPullRequestReport(outcome, meta) {
  const maxChars = meta.maxChars ?? GITHUB_COMMENT_LIMIT;
  const speaking = outcome.reviews.filter((r) => r.findings.length > 0 || r.section);
  const quiet = outcome.reviews.filter((r) => !speaking.includes(r));
  const notes = outcome.notes.map((n) => `> ${escapeMarkdownCell(n)}`).join("\n>\n");
  const clean = quiet.length > 0 ? `
\u2705 ${quiet.map((r) => escapeMarkdownCell(r.title)).join(", ")}: no problems in this change.
` : "";
  const footer = `${clean}${notes ? `
${notes}
` : ""}
---
_${meta.footer}_
`;
  if (speaking.length === 0) {
    return `## ops-steward: this pull request

\u2705 No problems found in this change.
${footer}`;
  }
  const share = Math.floor((maxChars - footer.length) / speaking.length) - 2;
  const parts = speaking.map((r) => renderModuleReview(r, { label: meta.label, maxChars: share }));
  return `${parts.join("\n")}${footer}`;
}

// src/github/sticky-comment.ts
var PR_REPORT_MARKER = "<!-- ops-steward:pr-report -->";
var COMMENT_MAX_CHARS = 65536;
var MAX_PAGES = 100;
async function upsertStickyComment(octokit, target, body) {
  const marker = target.marker ?? PR_REPORT_MARKER;
  const full = fitComment(marker, body);
  try {
    const existing = await findStickyComment(octokit, target, marker);
    if (existing) {
      if (existing.body === full)
        return { action: "unchanged", commentId: existing.id, ...url(existing) };
      const updated = await updateComment(octokit, target, existing.id, full);
      if (updated) return { action: "updated", commentId: updated.id, ...url(updated) };
    }
    const raced = await findStickyComment(octokit, target, marker);
    if (raced) {
      const updated = await updateComment(octokit, target, raced.id, full);
      if (updated) return { action: "updated", commentId: updated.id, ...url(updated) };
    }
    const { data } = await octokit.request(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body: full
      }
    );
    const created = readComment(data);
    if (!created) throw new Error("GitHub created the comment but returned no comment id");
    return { action: "created", commentId: created.id, ...url(created) };
  } catch (error) {
    if (httpStatus(error) === 403 && !isRateLimited(error))
      return { action: "skipped", reason: refusedReason(target.issueNumber, error) };
    throw error;
  }
}
async function findStickyComment(octokit, target, marker) {
  const comments = pageItems(
    octokit,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber },
    { maxPages: MAX_PAGES }
  );
  let self;
  for await (const raw of comments) {
    const comment = readComment(raw);
    if (!comment?.body.trimStart().startsWith(marker)) continue;
    self ??= whoAmI(octokit);
    if (isOwnComment(comment, await self)) return comment;
  }
  return void 0;
}
async function whoAmI(octokit) {
  try {
    const { data } = await octokit.request("GET /user");
    const login = data.login;
    return typeof login === "string" ? { login } : { bot: true };
  } catch {
    return { bot: true };
  }
}
function isOwnComment(comment, self) {
  const user = comment.user;
  if (!user) return false;
  if ("login" in self) return user.login.toLowerCase() === self.login.toLowerCase();
  return user.type === "Bot" && user.login.endsWith("[bot]");
}
function fitComment(marker, rawBody) {
  const head = `${marker}
`;
  const body = defuseMarkers(redactSecrets(rawBody));
  const note = "\n\n_\u2026report cut to fit GitHub\u2019s comment size limit; the job summary and check run have all of it._";
  const room = COMMENT_MAX_CHARS - head.length;
  if (body.length <= room) return head + body;
  return head + truncateChars(body, room - note.length) + note;
}
async function updateComment(octokit, target, id, body) {
  try {
    const { data } = await octokit.request(
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      {
        owner: target.owner,
        repo: target.repo,
        comment_id: id,
        body
      }
    );
    return readComment(data) ?? { id, body };
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    throw error;
  }
}
function readComment(raw) {
  if (typeof raw !== "object" || raw === null) return void 0;
  const r = raw;
  if (typeof r.id !== "number") return void 0;
  const user = r.user;
  return {
    id: r.id,
    body: typeof r.body === "string" ? r.body : "",
    ...typeof r.html_url === "string" ? { html_url: r.html_url } : {},
    ...typeof user?.login === "string" ? { user: { login: user.login, type: typeof user.type === "string" ? user.type : "User" } } : {}
  };
}
function url(comment) {
  return comment.html_url ? { url: comment.html_url } : {};
}
function refusedReason(issueNumber, error) {
  const said = `403: ${errorMessage(error)}`;
  if (/\bis locked\b/i.test(said))
    return `the conversation of #${issueNumber} is locked, and GitHub refuses the bot's comments there (${said}); annotations and the job summary still carry the report`;
  return `GitHub refused access to the comments of #${issueNumber} (${said}). This is expected for pull requests from forks, whose workflow token is read-only; otherwise give the job \`pull-requests: write\`. Annotations and the job summary still carry the report.`;
}
function errorMessage(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].replace(/ - https:\/\/docs\.github\.com\S*$/, "");
}

// src/github/pull-request-review.ts
function githubBaseFiles(octokit, at) {
  return { read: (path) => readFileAtRef(octokit, { ...at, path }) };
}
function hasReport(outcome) {
  return outcome.reviews.some((r) => r.findings.length > 0 || r.section !== void 0);
}
async function publishPullRequestComment(octokit, target, outcome, body) {
  const where = { owner: target.owner, repo: target.repo, issueNumber: target.pullNumber };
  if (!hasReport(outcome)) {
    try {
      if (!await findStickyComment(octokit, where, PR_REPORT_MARKER))
        return { action: "not-needed" };
    } catch (error) {
      if (httpStatus(error) === 403)
        return {
          action: "skipped",
          reason: `GitHub refused to list the comments of #${target.pullNumber} (403)`
        };
      throw error;
    }
  }
  return upsertStickyComment(octokit, where, body);
}
function describeCommentResult(result) {
  switch (result.action) {
    case "created":
    case "updated":
      return `PR comment ${result.action}${result.url ? `: ${result.url}` : ` (id ${result.commentId})`}`;
    case "unchanged":
      return "PR comment already up to date";
    case "not-needed":
      return "no PR comment: nothing to report and no earlier comment to update";
    case "skipped":
      return `PR comment skipped: ${result.reason}`;
  }
}
async function commentOnPullRequest(octokit, pr, outcome, meta) {
  const body = renderPullRequestReport(outcome, { label: meta.label, footer: meta.footer });
  if (meta.dryRun)
    return { body, line: "dry-run: the PR comment was not created or updated", level: "info" };
  try {
    const result = await publishPullRequestComment(octokit, pr, outcome, body);
    return {
      body,
      line: describeCommentResult(result),
      level: result.action === "skipped" ? "notice" : "info"
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { body, line: `PR comment not updated: ${message}`, level: "warning" };
  }
}

export {
  readFileAtRef,
  readContentsAtRef,
  isTooLarge,
  githubCheckServices,
  reviewPullRequest,
  withoutSuperseded,
  withSupersededReplaced,
  fetchPullRequestDiff,
  renderModuleReview,
  githubBaseFiles,
  commentOnPullRequest
};
