import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  ownerKind,
  pLimit
} from "./chunk-OKHD24SQ.js";

// src/github/contents.ts
var UnreadableFileError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UnreadableFileError";
  }
};
async function readFileAtRef(octokit, file) {
  let data;
  try {
    ({ data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref
    }));
  } catch (error) {
    if (typeof error === "object" && error !== null && error.status === 404)
      return void 0;
    throw error;
  }
  const where = `${file.path} at ${file.ref.slice(0, 12)} in ${file.owner}/${file.repo}`;
  if (Array.isArray(data)) throw new UnreadableFileError(`${where} is a directory, not a file`);
  const record = typeof data === "object" && data !== null ? data : {};
  if (record.type !== void 0 && record.type !== "file") {
    throw new UnreadableFileError(`${where} is a ${String(record.type)}, not a regular file`);
  }
  const content = record.content;
  if (typeof content !== "string")
    throw new UnreadableFileError(`GitHub returned no content for ${where}`);
  if (record.encoding === "base64") return Buffer.from(content, "base64").toString("utf8");
  if (record.encoding === "none" || content === "" && typeof record.size === "number" && record.size > 0) {
    throw new UnreadableFileError(`${where} is too large for the GitHub contents API (over 1 MB)`);
  }
  return content;
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
        message: `could not read GitHub's CODEOWNERS errors for ${target.owner}/${target.repo}: ${describe(err)}`
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
  return {
    async verify(owners) {
      const entries = await Promise.all(
        owners.map(
          async (owner) => [owner, await limit(() => verifyOne(octokit, target, owner))]
        )
      );
      return new Map(entries);
    }
  };
}
async function verifyOne(octokit, target, owner) {
  const kind = ownerKind(owner);
  if (kind === "user") return verifyUser(octokit, target, owner.slice(1));
  if (kind === "team") {
    const [org, slug] = owner.slice(1).split("/");
    return verifyTeam(octokit, target, org, slug.toLowerCase());
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
async function verifyTeam(octokit, target, org, slug) {
  const exists = await status(
    () => octokit.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: slug })
  );
  if (exists === "missing" && !await canListTeams(octokit, org)) return "unknown";
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
function httpStatus(err) {
  const s = prop(err, "status");
  return typeof s === "number" ? s : void 0;
}
function describe(err) {
  const s = httpStatus(err);
  const detail = err instanceof Error ? err.message : String(err);
  return s === void 0 ? detail : `HTTP ${s} ${detail}`;
}
function prop(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}

// src/github/services.ts
function githubCheckServices(octokit, target) {
  const repo = { owner: target.owner, repo: target.repo };
  return {
    codeowners: {
      verifier: createGitHubOwnerVerifier(octokit, repo),
      githubErrors: () => fetchCodeownersErrors(octokit, { ...repo, ref: target.ref })
    }
  };
}

export {
  UnreadableFileError,
  readFileAtRef,
  githubCheckServices
};
