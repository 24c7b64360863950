import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  GITHUB_COMMENT_LIMIT,
  UnreadableFileError,
  analyzeFlags,
  buildAnnotations,
  countFindings,
  defuseMarkers,
  describeError,
  diffFromPullFiles,
  epochDay,
  epochDayOf,
  escapeMarkdownCell,
  finish,
  guarded,
  httpStatus,
  isoFromEpochDay,
  lifetimePolicy,
  loadCodeowners,
  loadOnCall,
  minimatch,
  moduleContext,
  ownerKind,
  ownersOf,
  pLimit,
  policyForOwner,
  prop,
  redactSecrets,
  registryProblem,
  renderMarkdown,
  selectModules,
  statusOf,
  str,
  withIgnore
} from "./chunk-DZQJ3G2S.js";

// src/github/request-budget.ts
var DEFAULT_REQUEST_BUDGET_MS = 3e4;
var DEFAULT_SLOW_MS = 5e3;
function requestBudget(options = {}) {
  const budgetMs = options.budgetMs ?? DEFAULT_REQUEST_BUDGET_MS;
  const slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
  return (octokit) => {
    let exhausted;
    octokit.hook.wrap("request", async (request, route) => {
      const what = `${route.method} ${route.url}`;
      if (exhausted) throw exhausted;
      const slow = setTimeout(
        () => octokit.log.warn(
          `still waiting for GitHub to answer ${what} (${Math.round(slowMs / 1e3)} s so far, retries included); giving up after ${Math.round(budgetMs / 1e3)} s`
        ),
        slowMs
      );
      let timer;
      const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
          exhausted = new Error(
            `GitHub did not answer ${what} within ${Math.round(budgetMs / 1e3)} s (retries included); GitHub may be unreachable or down. Later requests of this run are not attempted.`
          );
          reject(exhausted);
        }, budgetMs);
      });
      try {
        return await Promise.race([request(route), deadline]);
      } finally {
        clearTimeout(slow);
        clearTimeout(timer);
      }
    });
  };
}

// src/github/contents.ts
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
  if (record.encoding === "base64") return Buffer.from(content, "base64").toString("utf8");
  if (record.encoding === "none" || content === "" && typeof record.size === "number" && record.size > 0) {
    throw new UnreadableFileError(`${where} ${TOO_LARGE}`);
  }
  return content;
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

// src/flags/sync/owners.ts
var MAX_ASSIGNEES = 10;
function reach(owners, ctx, where) {
  const assignees = [];
  const mentions = [];
  const notes = [];
  for (const owner of owners) {
    const kind = ownerKind(owner);
    if (kind === "user") {
      const login = owner.slice(1);
      if (ctx.isAssignable(login)) pushUnique(assignees, login);
      else
        notes.push(
          `${owner} (${where}) cannot be assigned here: not a collaborator of this repository, or no longer in the organization`
        );
    } else if (kind === "team") {
      pushUnique(mentions, owner);
      if (!ctx.assignTeamMembers) continue;
      const members = ctx.teamMembers(owner);
      if (members === void 0) {
        notes.push(`the members of ${owner} could not be read, so only the team is mentioned`);
        continue;
      }
      for (const m of members) if (ctx.isAssignable(m)) pushUnique(assignees, m);
    } else if (kind === "email") {
      notes.push(
        `${owner} (${where}) is an email address: GitHub can neither assign nor mention it`
      );
    } else {
      notes.push(`"${owner}" (${where}) is not a GitHub user or team`);
    }
  }
  return { assignees, mentions, notes };
}
var registryOwner = (ctx) => {
  if (!ctx.declared)
    return { notes: [`"${ctx.key}" is not declared in ${ctx.registryPath}, so it has no owner`] };
  if (ctx.owners.length === 0)
    return { notes: [`"${ctx.key}" has no owner in ${ctx.registryPath}`] };
  const where = `owner in ${ctx.registryPath}`;
  const r = reach(ctx.owners, ctx, where);
  return {
    level: levelOf("registry", r, `the flag's owner in ${ctx.registryPath}`),
    notes: r.notes
  };
};
var codeownersOfReferences = (ctx) => {
  const files = ctx.referenceFiles.filter((f) => f !== ctx.registryPath);
  if (files.length === 0) return { notes: [] };
  if (!ctx.codeowners) return { notes: ["there is no CODEOWNERS file to fall back on"] };
  const owners = [];
  const owned = [];
  for (const f of files) {
    const own = ownersOf(ctx.codeowners, f).owners;
    if (own.length > 0) owned.push(f);
    for (const o of own) pushUnique(owners, o);
  }
  if (owners.length === 0)
    return { notes: [`CODEOWNERS names nobody for the code that reads the flag (${list(files)})`] };
  const where = `CODEOWNERS of ${list(owned)}`;
  const r = reach(owners, ctx, where);
  return {
    level: levelOf(
      "codeowners-references",
      r,
      `CODEOWNERS of the code that reads the flag (${list(owned)})`
    ),
    notes: r.notes
  };
};
var codeownersOfRegistry = (ctx) => {
  if (!ctx.codeowners) return { notes: [] };
  const owners = ownersOf(ctx.codeowners, ctx.registryPath).owners;
  if (owners.length === 0) return { notes: [`CODEOWNERS names nobody for ${ctx.registryPath}`] };
  const where = `CODEOWNERS of ${ctx.registryPath}`;
  const r = reach(owners, ctx, where);
  return {
    level: levelOf("codeowners-registry", r, `CODEOWNERS of ${ctx.registryPath}`),
    notes: r.notes
  };
};
var escalationPolicy = (ctx, previous) => {
  const teams = [];
  for (const level of previous)
    for (const m of level.mentions) if (ownerKind(m) === "team") pushUnique(teams, m);
  for (const team of teams) {
    const policy = policyForOwner(team, ctx.codeownersConfig, ctx.directory);
    if (policy === void 0) continue;
    const levels = ctx.directory?.onCallAt(policy, ctx.now) ?? null;
    const first = levels?.find((l) => l.people.length > 0);
    if (!first)
      return {
        notes: [
          `${team}'s escalation policy "${policy}" names nobody on call that ops-steward can reach yet`
        ]
      };
    const mentions = first.people.map((p) => p.startsWith("@") || p.includes("@") ? p : `@${p}`).filter((p) => ownerKind(p) === "user" || ownerKind(p) === "team");
    const level = levelOf(
      "escalation-policy",
      { assignees: [], mentions },
      `on call for ${team}'s escalation policy "${policy}" (level ${first.level})`
    );
    return level ? { level, notes: [] } : { notes: [`nobody on call for "${policy}" has a GitHub handle`] };
  }
  return { notes: [] };
};
var DEFAULT_OWNER_CHAIN = [
  registryOwner,
  codeownersOfReferences,
  codeownersOfRegistry,
  escalationPolicy
];
function chooseAssignees(ctx, resolvers = DEFAULT_OWNER_CHAIN) {
  const levels = [];
  const notes = [];
  let chosen;
  let next;
  for (const resolve of resolvers) {
    const r = resolve(ctx, levels);
    if (!chosen) notes.push(...r.notes);
    if (!r.level) continue;
    levels.push(r.level);
    if (!chosen) chosen = r.level;
    else if (!next && addsSomebody(chosen, r.level)) next = r.level;
  }
  return {
    assignees: (chosen?.assignees ?? []).slice(0, MAX_ASSIGNEES),
    mentions: chosen?.mentions ?? [],
    chosen,
    next,
    notes
  };
}
function candidateOwners(ctx) {
  const out = [];
  for (const o of ctx.owners) pushUnique(out, o);
  if (ctx.codeowners) {
    for (const f of [...ctx.referenceFiles, ctx.registryPath])
      for (const o of ownersOf(ctx.codeowners, f).owners) pushUnique(out, o);
  }
  return out.filter((o) => ownerKind(o) === "user" || ownerKind(o) === "team");
}
function levelOf(source, r, why) {
  if (r.assignees.length === 0 && r.mentions.length === 0) return void 0;
  return { source, assignees: r.assignees, mentions: r.mentions, why };
}
function addsSomebody(chosen, level) {
  const known = new Set(
    [...chosen.assignees.map((a) => `@${a}`), ...chosen.mentions].map((x) => x.toLowerCase())
  );
  return [...level.assignees.map((a) => `@${a}`), ...level.mentions].some(
    (x) => !known.has(x.toLowerCase())
  );
}
function pushUnique(out, value) {
  if (!out.some((v) => v.toLowerCase() === value.toLowerCase())) out.push(value);
}
function list(files) {
  return files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
}

// src/flags/sync/markers.ts
var MARKER_PREFIX = "ops-steward:flag=";
var END_MARKER = "<!-- ops-steward:end -->";
var META_PREFIX = "<!-- ops-steward:meta ";
var FLAG_MARKER = /<!-- ops-steward:flag=(\S+) -->/;
var META = /<!-- ops-steward:meta (\{.*?\}) -->/;
var EVENT = /<!-- ops-steward:event=(\S+) flag=(\S+) -->/g;
function encodeMarkerKey(key) {
  return /^[A-Za-z0-9._:/-]+$/.test(key) && !key.includes("--") ? key : encodeURIComponent(key).replace(/-/g, "%2D");
}
function decodeMarkerKey(raw) {
  try {
    return decodeURIComponent(raw);
  } catch {
    return void 0;
  }
}
function flagMarker(key) {
  return `<!-- ${MARKER_PREFIX}${encodeMarkerKey(key)} -->`;
}
function markerSearchPhrase(key) {
  return `${MARKER_PREFIX}${encodeMarkerKey(key)}`;
}
function metaMarker(meta) {
  const json = JSON.stringify(meta).replace(/-(?=-)/g, "\\u002d");
  return `${META_PREFIX}${json} -->`;
}
function eventMarker(id, key) {
  return `<!-- ops-steward:event=${encodeMarkerKey(id)} flag=${encodeMarkerKey(key)} -->`;
}
function splitBody(body) {
  if (!body) return void 0;
  const m = FLAG_MARKER.exec(body);
  if (!m || m[1] === void 0) return void 0;
  const key = decodeMarkerKey(m[1]);
  if (key === void 0) return void 0;
  const start = m.index;
  const endAt = body.indexOf(END_MARKER, start);
  const stop = endAt < 0 ? body.length : endAt + END_MARKER.length;
  const section = body.slice(start, stop);
  return {
    key,
    before: body.slice(0, start),
    section,
    after: body.slice(stop),
    meta: parseMeta(section)
  };
}
function joinBody(parts, section) {
  return `${parts.before}${section}${parts.after}`;
}
function parseMeta(section) {
  const m = META.exec(section);
  if (!m || m[1] === void 0) return void 0;
  let raw;
  try {
    raw = JSON.parse(m[1]);
  } catch {
    return void 0;
  }
  if (typeof raw !== "object" || raw === null) return void 0;
  const r = raw;
  const state = r.state;
  if (state !== "expiring" && state !== "expired" && state !== "orphaned" && state !== "undeclared")
    return void 0;
  const str2 = (v) => typeof v === "string" ? v : void 0;
  const closed = r.closed;
  const meta = {
    state,
    expires: str2(r.expires) ?? null,
    assignees: Array.isArray(r.assignees) ? r.assignees.filter((a) => typeof a === "string") : [],
    noticeOn: str2(r.noticeOn) ?? "1970-01-01"
  };
  const escalatedFor = str2(r.escalatedFor);
  if (escalatedFor !== void 0) meta.escalatedFor = escalatedFor;
  const reopenedOn = str2(r.reopenedOn);
  if (reopenedOn !== void 0) meta.reopenedOn = reopenedOn;
  if (closed === "gone" || closed === "renewed" || closed === "resolved" || closed === "duplicate")
    meta.closed = closed;
  return meta;
}
function eventIds(body) {
  if (!body) return [];
  return [...body.matchAll(EVENT)].map((m) => decodeMarkerKey(m[1] ?? "") ?? "");
}
function comparableSection(section) {
  return section.replace(/\/blob\/[0-9a-f]{7,40}\//gi, "/blob/SHA/").replace(/\r\n/g, "\n").trim();
}

// src/flags/sync/render.ts
function webRoot(repo) {
  return `${(repo.serverUrl ?? "https://github.com").replace(/\/+$/, "")}/${repo.owner}/${repo.repo}`;
}
var MAX_LISTED_REFERENCES = 100;
function issueTitle(view) {
  const key = JSON.stringify(view.key);
  switch (view.state) {
    case "expiring":
      return `Feature flag ${key} expires on ${view.expires ?? "an unknown date"}`;
    case "expired":
      return `Feature flag ${key} expired on ${view.expires ?? "an unknown date"}`;
    case "orphaned":
      return `Feature flag ${key} is declared but no code reads it`;
    case "undeclared":
      return `Feature flag ${key} is read by code but not declared`;
  }
}
function permalink(repo, sha, file, line) {
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `${webRoot(repo)}/blob/${sha}/${path}${line === void 0 ? "" : `#L${line}`}`;
}
function renderSection(view, meta, repo, sha) {
  const lines = [`### ${escapeMd(issueTitle(view))}`, ""];
  lines.push(summarySentence(view), "");
  lines.push("| | |", "|---|---|");
  lines.push(`| Flag | ${code(view.key)} |`);
  lines.push(`| State | **${view.state}** |`);
  lines.push(
    `| Owner | ${view.owners.length > 0 ? view.owners.map(escapeCell).join(", ") : "_none_"} |`
  );
  if (view.type) lines.push(`| Type | ${escapeCell(view.type)} |`);
  if (view.created) lines.push(`| Created | ${view.created} |`);
  if (view.expires) lines.push(`| Expires | ${view.expires} (expired from 00:00 UTC that day) |`);
  if (view.declaredAt) {
    const at = `${view.declaredAt.file} line ${view.declaredAt.line}`;
    lines.push(
      `| Declared in | [${escapeCell(at)}](${permalink(repo, sha, view.declaredAt.file, view.declaredAt.line)}) |`
    );
  }
  if (view.description) lines.push(`| Description | ${escapeCell(view.description)} |`);
  lines.push("");
  lines.push(...referenceLines(view, repo, sha), "");
  lines.push("**What to do**", "", ...whatToDo(view), "");
  lines.push(...assigneeLines(view.decision), "");
  lines.push(
    "<sub>Kept up to date by ops-steward on every sweep: this section is rewritten, anything written below it is kept.</sub>"
  );
  return [flagMarker(view.key), defuseMarkers(lines.join("\n")), metaMarker(meta), END_MARKER].join(
    "\n"
  );
}
function summarySentence(view) {
  const k = code(view.key);
  switch (view.state) {
    case "expiring":
      return `${k} expires on ${view.expires ?? "?"}: from that day on it is past its agreed lifetime.`;
    case "expired":
      return view.references.length + view.patternReferences.length > 0 ? `${k} expired on ${view.expires ?? "?"} and code still reads it.` : `${k} expired on ${view.expires ?? "?"}; no code reads it any more, only its entry in ${code(view.registryPath)} is left.`;
    case "orphaned":
      return `${k} is declared in ${code(view.registryPath)}, but no code reads it: no exact, pattern or text reference.`;
    case "undeclared":
      return `Code reads ${k}, but ${code(view.registryPath)} does not declare it, so it has no owner and no expiry.`;
  }
}
function referenceLines(view, repo, sha) {
  const refs = [...view.references].sort(byLocation);
  if (refs.length === 0 && view.patternReferences.length === 0)
    return ["**References**: none in the scanned code."];
  const out = [
    `**References** (${refs.length}${view.patternReferences.length > 0 ? ` exact, ${view.patternReferences.length} by pattern` : ""}):`,
    ""
  ];
  for (const r of refs.slice(0, MAX_LISTED_REFERENCES))
    out.push(
      `- [${escapeMd(`${r.file}:${r.line}`)}](${permalink(repo, sha, r.file, r.line)}) \u2014 ${code(r.accessor)}`
    );
  if (refs.length > MAX_LISTED_REFERENCES) {
    const files = [...new Set(refs.slice(MAX_LISTED_REFERENCES).map((r) => r.file))];
    out.push(
      `- \u2026and ${refs.length - MAX_LISTED_REFERENCES} more in ${files.slice(0, 20).map(code).join(", ")}${files.length > 20 ? " and other files" : ""}`
    );
  }
  for (const r of [...view.patternReferences].sort(byLocation).slice(0, MAX_LISTED_REFERENCES)) {
    out.push(
      `- [${escapeMd(`${r.file}:${r.line}`)}](${permalink(repo, sha, r.file, r.line)}) \u2014 may read it: ${code(r.accessor)} with the pattern ${code(r.pattern ?? "")}`
    );
  }
  return out;
}
function renewInstructions(view) {
  const step = view.renewDays === null ? "" : ` by at most ${view.renewDays} days (${view.renewSource ?? "the lifetime policy"})`;
  return `comment ${code(`/ops-steward renew ${view.key}`)} on this issue (optionally with a step such as ${code(`${view.renewDays ?? 30}d`)}): ops-steward opens a pull request that moves ${code("expires")}${step}. Owners, CODEOWNERS of the registry and maintainers may renew; renewals go in steps of at most one lifetime.`;
}
function whatToDo(view) {
  const reg = code(view.registryPath);
  switch (view.state) {
    case "expiring":
    case "expired": {
      const unused = view.references.length + view.patternReferences.length === 0;
      const remove = unused ? `- **Remove it**: delete its entry from ${reg} \u2014 no code reads it any more.` : `- **Remove it**: take the flag out of the code listed above (keep the path you want), then delete its entry from ${reg}.`;
      return [remove, `- **Or renew it** if it must stay longer: ${renewInstructions(view)}`];
    }
    case "orphaned":
      return [
        `- **Delete its entry** from ${reg}.`,
        `- If code builds the flag's name at run time, name it in a comment next to that call so the scanner sees it: ${code(`// ops-steward-flags: ${view.key}`)}`
      ];
    case "undeclared":
      return [
        `- **Declare it** in ${reg} with ${code("owner")}, ${code("created")}, ${code("expires")} and ${code("type")}, or`,
        "- **remove** the code that reads it if the flag is gone from the flag service."
      ];
  }
}
function assigneeLines(decision) {
  const out = ["**Who**", ""];
  const chosen = decision.chosen;
  if (!chosen) {
    out.push(
      "- Nobody could be chosen: give the flag an owner who can be assigned, or add CODEOWNERS for its code or the registry."
    );
  } else {
    if (decision.assignees.length > 0)
      out.push(`- Assigned: ${decision.assignees.map((a) => `@${a}`).join(", ")} \u2014 ${chosen.why}.`);
    if (decision.mentions.length > 0)
      out.push(
        `- Mentioned: ${decision.mentions.join(", ")} \u2014 ${chosen.why}${decision.assignees.length === 0 ? " (teams cannot be assigned; set flags.sync.assignTeamMembers to assign their members)" : ""}.`
      );
  }
  for (const note2 of decision.notes) out.push(`- Passed over: ${escapeMd(note2)}.`);
  if (decision.next)
    out.push(
      `- Next level if this stays unresolved after expiry: ${people(decision.next)} \u2014 ${decision.next.why}.`
    );
  return out;
}
function people(level) {
  return [...level.assignees.map((a) => `@${a}`), ...level.mentions].join(", ");
}
function withMarker(id, key, text) {
  return `${eventMarker(id, key)}
${defuseMarkers(text)}`;
}
function stateChangeComment(id, view, from) {
  const reachable = people({
    assignees: view.decision.assignees,
    mentions: view.decision.mentions
  });
  const to = reachable ? `${reachable}: ` : "";
  const was = from === "closed" ? "This issue was closed, but the flag needs attention again" : `The flag was **${from}**`;
  return withMarker(
    id,
    view.key,
    `${to}${was}; it is now **${view.state}**. ${summarySentence(view)} The description above is up to date.`
  );
}
function escalationComment(id, view, days) {
  const current = people({ assignees: view.decision.assignees, mentions: view.decision.mentions });
  const next = view.decision.next;
  const head = `${code(view.key)} expired on ${view.expires ?? "?"} and this issue is still open ${days} days later.`;
  const body = next ? `Escalating to the next level: ${people(next)} (${next.why}). ${current ? `${current} ` : ""}please remove the flag or renew it.` : `${current ? `${current}: ` : ""}no further escalation level is known (no CODEOWNERS or escalation policy beyond the current owners), so this is the only reminder. Please remove the flag or renew it.`;
  return withMarker(id, view.key, `${head} ${body}

To renew: ${renewInstructions(view)}`);
}
function reopenComment(id, view, everyDays) {
  const who = people({ assignees: view.decision.assignees, mentions: view.decision.mentions });
  return withMarker(
    id,
    view.key,
    `Reopening: ${code(view.key)} is still expired (since ${view.expires ?? "?"}) and code or ${code(view.registryPath)} still has it. Closing the issue does not retire the flag \u2014 remove it or renew it. ${who ? `${who} ` : ""}(ops-steward reopens at most once every ${everyDays} days.)`
  );
}
function closeComment(id, c) {
  const k = code(c.key);
  const at = `[${c.scannedSha.slice(0, 7)}](${webRoot(c.repo)}/commit/${c.scannedSha})`;
  let text;
  switch (c.reason) {
    case "gone": {
      const commit = c.lastCommit ? ` The last reference was removed in [${c.lastCommit.sha.slice(0, 7)}](${c.lastCommit.url ?? `${webRoot(c.repo)}/commit/${c.lastCommit.sha}`})${c.lastCommit.subject ? ` (${escapeMd(c.lastCommit.subject)})` : ""}.` : " The commit that removed the last reference is not known here (no history available).";
      text = `Closing: ${k} is gone from the code and from ${code(c.registryPath)} as of ${at}.${commit} Thank you!`;
      break;
    }
    case "renewed":
      text = `Closing: ${k} was renewed${c.detail ? ` \u2014 ${c.detail}` : ""} (as of ${at}). A new issue appears if it needs attention again.`;
      break;
    case "resolved":
      text = `Closing: ${k} no longer needs attention${c.detail ? ` \u2014 ${c.detail}` : ""} (as of ${at}).`;
      break;
    case "duplicate":
      text = `Closing as a duplicate of #${c.keptIssue ?? "?"}: ops-steward keeps one issue per flag.`;
      break;
  }
  return withMarker(id, c.key, text);
}
function byLocation(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
function code(text) {
  const runs = text.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function escapeMd(text) {
  return text.replace(/([\\[\]<>*_|])/g, "\\$1");
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/flags/sync/plan.ts
var SYNC_STATES = [
  "expired",
  "expiring",
  "undeclared",
  "orphaned"
];
var SEVERITY_RANK = {
  expired: 0,
  expiring: 1,
  undeclared: 2,
  orphaned: 3
};
function planFlagSync(input) {
  if (input.registryError !== null) {
    return {
      operations: [],
      labels: labelSpecs(input.flags.sync),
      decisions: [],
      refused: registryRefusal(input.registryError)
    };
  }
  const today = epochDayOf(input.now);
  const ctx = {
    input,
    sync: input.flags.sync,
    today,
    todayIso: isoFromEpochDay(today),
    ops: [],
    decisions: []
  };
  const tracked = /* @__PURE__ */ new Map();
  for (const issue of input.existing) {
    const parts = splitBody(issue.body);
    if (!parts) continue;
    const list2 = tracked.get(parts.key) ?? [];
    if (!list2.some((t) => t.issue.number === issue.number)) list2.push({ issue, parts });
    tracked.set(parts.key, list2);
  }
  const statusByKey = /* @__PURE__ */ new Map();
  for (const s of input.statuses) if (!statusByKey.has(s.key)) statusByKey.set(s.key, s);
  const keys = /* @__PURE__ */ new Set();
  for (const s of input.statuses) if (attentionState(s, input) !== null) keys.add(s.key);
  for (const key of tracked.keys()) keys.add(key);
  const rank = (key) => {
    const s = statusByKey.get(key);
    const state = s ? attentionState(s, input) : null;
    return state === null ? 9 : SEVERITY_RANK[state];
  };
  const ordered = [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of ordered) planKey(ctx, key, statusByKey.get(key), tracked.get(key) ?? []);
  const operations = ctx.ops.map((op, i) => ({ op, i })).sort((a, b) => a.op.priority - b.op.priority || a.i - b.i).map(({ op }) => op);
  return { operations, labels: labelSpecs(ctx.sync), decisions: ctx.decisions };
}
function registryRefusal(problem) {
  return `${problem}; no issue was changed, so a broken registry cannot close or rewrite them`;
}
function attentionState(status2, input) {
  const state = status2.state;
  if (state === "active" || state === "permanent") return null;
  return input.flags.severity[state] === "off" ? null : state;
}
function labelSpecs(sync) {
  return [
    {
      name: sync.labels.base,
      color: "5319e7",
      description: "A feature flag that needs attention (ops-steward)"
    },
    {
      name: sync.labels.expired,
      color: "b60205",
      description: "The flag is past its expiry: remove or renew it"
    },
    {
      name: sync.labels.expiring,
      color: "fbca04",
      description: "The flag expires soon: remove or renew it"
    },
    {
      name: sync.labels.undeclared,
      color: "d93f0b",
      description: "Code reads a flag the registry does not declare"
    },
    {
      name: sync.labels.orphaned,
      color: "c5def5",
      description: "The registry declares a flag no code reads"
    }
  ];
}
function planKey(ctx, key, status2, issues) {
  const { input } = ctx;
  const state = status2 ? attentionState(status2, input) : null;
  const live = issues.filter((t) => t.parts.meta?.closed !== "duplicate");
  const open = live.filter((t) => t.issue.state === "open").sort((a, b) => a.issue.number - b.issue.number);
  const closed = live.filter((t) => t.issue.state === "closed").sort((a, b) => b.issue.number - a.issue.number);
  const primary = open[0] ?? closed[0];
  for (const dup of open.slice(1)) closeDuplicate(ctx, key, dup, primary.issue.number, state);
  if (state === null || !status2) {
    if (!primary) return;
    if (primary.issue.state === "closed") {
      note(
        ctx,
        key,
        `#${primary.issue.number} is closed and the flag needs no attention: nothing to do`
      );
      return;
    }
    closeResolved(ctx, key, status2, primary);
    return;
  }
  const view = buildView(ctx, status2, state);
  if (!primary) {
    const meta2 = {
      state,
      expires: view.expires,
      assignees: view.decision.assignees,
      noticeOn: ctx.todayIso
    };
    const body = renderSection(view, meta2, input.repository, input.sha);
    ctx.ops.push({
      kind: "create",
      key,
      state,
      create: {
        title: issueTitle(view),
        body,
        labels: [ctx.sync.labels.base, ctx.sync.labels[state]],
        assignees: view.decision.assignees
      },
      reason: `create an issue: "${key}" is ${state}${whoText(view)}`,
      writes: 1,
      priority: firstTier(state)
    });
    return;
  }
  const { issue, parts } = primary;
  const meta = parts.meta;
  if (issue.state === "closed") {
    if (meta?.closed !== void 0) {
      pushChange(ctx, "reopen", view, primary, baseMeta(ctx, view, meta, true), {
        comment: {
          id: `reopen:${issue.closedAt ?? ""}`,
          body: stateChangeComment(`reopen:${issue.closedAt ?? ""}`, view, "closed")
        },
        patch: { state: "open", stateReason: "reopened" },
        reason: `reopen #${issue.number}: "${key}" is ${state} again`
      });
      return;
    }
    if (state !== "expired") {
      note(
        ctx,
        key,
        `#${issue.number} was closed by a person while "${key}" is ${state}: left closed (only expired flags are reopened)`
      );
      return;
    }
    const last = meta?.reopenedOn === void 0 ? null : epochDay(meta.reopenedOn);
    if (last !== null && ctx.today - last < ctx.sync.reopenAfterDays) {
      note(
        ctx,
        key,
        `#${issue.number} was closed by a person but "${key}" is still expired: reopened on ${meta?.reopenedOn}, next reopening not before ${isoFromEpochDay(last + ctx.sync.reopenAfterDays)}`
      );
      return;
    }
    const sameEpisode = meta?.state === "expired" && meta.expires === view.expires;
    const next = {
      ...baseMeta(ctx, view, meta, !sameEpisode),
      reopenedOn: ctx.todayIso
    };
    const id = `reopen:${issue.closedAt ?? ctx.todayIso}`;
    pushChange(ctx, "reopen", view, primary, next, {
      comment: { id, body: reopenComment(id, view, ctx.sync.reopenAfterDays) },
      patch: { state: "open", stateReason: "reopened" },
      reason: `reopen #${issue.number}: a person closed it but "${key}" is still expired`
    });
    return;
  }
  const stateChanged = meta !== void 0 && (meta.state !== state || state === "expired" && meta.expires !== view.expires);
  if (stateChanged) {
    const id = `state:${meta.state}:${state}:${view.expires ?? ""}`;
    pushChange(ctx, "state-change", view, primary, baseMeta(ctx, view, meta, true), {
      comment: { id, body: stateChangeComment(id, view, meta.state) },
      reason: `update #${issue.number} and comment: "${key}" went from ${meta.state} to ${state}`
    });
    return;
  }
  const expiresDay = view.expires === null ? null : epochDay(view.expires);
  const N = ctx.sync.escalateAfterDays;
  const noticeDay = meta ? epochDay(meta.noticeOn) ?? ctx.today : ctx.today;
  if (state === "expired" && expiresDay !== null && meta !== void 0 && meta.escalatedFor !== view.expires && ctx.today >= expiresDay + N && ctx.today >= noticeDay + N) {
    const id = `escalation:${view.expires ?? ""}`;
    const next = {
      ...baseMeta(ctx, view, meta, false),
      escalatedFor: view.expires ?? void 0
    };
    const to = view.decision.next ? `mention the next level (${view.decision.next.why})` : "remind the owners (no further level known)";
    pushChange(ctx, "escalate", view, primary, next, {
      comment: { id, body: escalationComment(id, view, ctx.today - expiresDay) },
      reason: `escalate #${issue.number}: "${key}" expired ${ctx.today - expiresDay} days ago and the issue is still open; ${to}`
    });
    return;
  }
  const nextMeta = baseMeta(ctx, view, meta, meta === void 0);
  const patch = diffPatch(ctx, view, primary, nextMeta);
  if (Object.keys(patch).length === 0) {
    note(ctx, key, `#${issue.number} is up to date ("${key}" is ${state})`);
    return;
  }
  ctx.ops.push({
    kind: "update",
    key,
    state,
    issue: issue.number,
    patch,
    reason: `update #${issue.number}: ${Object.keys(patch).join(", ")} changed`,
    writes: 1,
    priority: 50 + SEVERITY_RANK[state]
  });
}
function baseMeta(ctx, view, prev, fresh) {
  const meta = {
    state: view.state,
    expires: view.expires,
    assignees: view.decision.assignees,
    noticeOn: fresh || !prev ? ctx.todayIso : prev.noticeOn
  };
  if (prev?.escalatedFor !== void 0) meta.escalatedFor = prev.escalatedFor;
  if (prev?.reopenedOn !== void 0) meta.reopenedOn = prev.reopenedOn;
  return meta;
}
function pushChange(ctx, kind, view, t, meta, extra) {
  const full = { ...fullPatch(ctx, view, t, meta), ...extra.patch };
  ctx.ops.push({
    kind,
    key: view.key,
    state: view.state,
    issue: t.issue.number,
    comment: extra.comment,
    patch: full,
    reason: extra.reason,
    writes: 2,
    priority: kind === "escalate" ? 10 : firstTier(view.state)
  });
}
function firstTier(state) {
  return state === "expired" ? 0 : 20 + SEVERITY_RANK[state];
}
function fullPatch(ctx, view, t, meta) {
  return {
    title: issueTitle(view),
    body: joinBody(t.parts, renderSection(view, meta, ctx.input.repository, ctx.input.sha)),
    labels: desiredLabels(ctx.sync, t.issue.labels, view.state),
    assignees: desiredAssignees(t.issue.assignees, t.parts.meta, view.decision.assignees)
  };
}
function diffPatch(ctx, view, t, meta) {
  const want = fullPatch(ctx, view, t, meta);
  const patch = {};
  if (want.title !== t.issue.title) patch.title = want.title;
  const section = renderSection(view, meta, ctx.input.repository, ctx.input.sha);
  if (comparableSection(section) !== comparableSection(t.parts.section)) patch.body = want.body;
  if (!sameSet(want.labels ?? [], t.issue.labels)) patch.labels = want.labels;
  if (!sameSet(want.assignees ?? [], t.issue.assignees)) patch.assignees = want.assignees;
  return patch;
}
function desiredLabels(sync, current, state) {
  const ours = new Set(SYNC_STATES.map((s) => sync.labels[s].toLowerCase()));
  const kept = current.filter(
    (l) => !ours.has(l.toLowerCase()) && l.toLowerCase() !== sync.labels.base.toLowerCase()
  );
  return [sync.labels.base, sync.labels[state], ...kept];
}
function desiredAssignees(current, meta, want) {
  const previous = new Set((meta?.assignees ?? []).map((a) => a.toLowerCase()));
  const out = current.filter((a) => !previous.has(a.toLowerCase()));
  for (const a of want) if (!out.some((o) => o.toLowerCase() === a.toLowerCase())) out.push(a);
  return out.slice(0, 10);
}
function closeResolved(ctx, key, status2, t) {
  const { input } = ctx;
  const meta = t.parts.meta;
  let reason;
  let detail;
  let lastCommit;
  if (!status2) {
    reason = "gone";
    lastCommit = input.lastReferenceCommit?.(key);
  } else if (meta?.expires && status2.expires && status2.expires > meta.expires) {
    reason = "renewed";
    detail = `${"`"}expires${"`"} moved from ${meta.expires} to ${status2.expires}`;
  } else {
    reason = "resolved";
    detail = resolvedDetail(status2, meta, input);
  }
  const id = `close:${reason}:${meta?.state ?? ""}:${status2?.expires ?? ""}`;
  const body = closeComment(id, {
    key,
    reason,
    registryPath: input.registryPath,
    detail,
    lastCommit,
    scannedSha: input.sha,
    repo: input.repository
  });
  const nextMeta = { ...meta ?? fallbackMeta(ctx), closed: reason };
  ctx.ops.push({
    kind: "close",
    key,
    state: null,
    issue: t.issue.number,
    comment: { id, body },
    patch: {
      state: "closed",
      stateReason: "completed",
      body: joinBody(t.parts, replaceMeta(t.parts.section, nextMeta))
    },
    reason: `close #${t.issue.number}: "${key}" ${reason === "gone" ? "is gone from code and registry" : reason === "renewed" ? `was renewed (${detail ?? ""})` : `no longer needs attention (${detail ?? ""})`}`,
    writes: 2,
    priority: 30
  });
}
function resolvedDetail(status2, meta, input) {
  if (status2.state === "permanent") return `its type ${status2.type ?? ""} never expires`;
  if (status2.state !== "active")
    return `the ${status2.state} state is switched off (flags.severity.${status2.state}: off)`;
  if (meta?.state === "undeclared") return `it is now declared in ${input.registryPath}`;
  if (meta?.state === "orphaned") return "code reads it again";
  return "it is active and not close to its expiry";
}
function closeDuplicate(ctx, key, dup, kept, state) {
  const id = `duplicate:${kept}`;
  const meta = { ...dup.parts.meta ?? fallbackMeta(ctx, state), closed: "duplicate" };
  ctx.ops.push({
    kind: "close-duplicate",
    key,
    state,
    issue: dup.issue.number,
    comment: {
      id,
      body: closeComment(id, {
        key,
        reason: "duplicate",
        registryPath: ctx.input.registryPath,
        keptIssue: kept,
        scannedSha: ctx.input.sha,
        repo: ctx.input.repository
      })
    },
    patch: {
      state: "closed",
      stateReason: "not_planned",
      body: joinBody(dup.parts, replaceMeta(dup.parts.section, meta))
    },
    reason: `close #${dup.issue.number} as a duplicate of #${kept} ("${key}")`,
    writes: 2,
    priority: 40
  });
}
function fallbackMeta(ctx, state = null) {
  return { state: state ?? "orphaned", expires: null, assignees: [], noticeOn: ctx.todayIso };
}
function replaceMeta(section, meta) {
  const marker = metaMarker(meta);
  if (/<!-- ops-steward:meta \{.*?\} -->/.test(section))
    return section.replace(/<!-- ops-steward:meta \{.*?\} -->/, () => marker);
  const end = section.lastIndexOf("<!-- ops-steward:end -->");
  return end < 0 ? `${section}
${marker}
<!-- ops-steward:end -->` : `${section.slice(0, end)}${marker}
${section.slice(end)}`;
}
function buildView(ctx, status2, state) {
  const { input } = ctx;
  const declared = input.declared.find((d) => d.key === status2.key);
  const { exact, patterns } = referencesOf(status2.key, input.references);
  const policy = status2.type ? lifetimePolicy(input.flags, status2.type) : lifetimePolicy(input.flags, "default");
  const referenceFiles = referenceFilesOf(status2.key, input.references);
  const chainCtx = {
    key: status2.key,
    owners: status2.owners,
    declared: declared !== void 0,
    referenceFiles,
    registryPath: input.registryPath,
    codeowners: input.codeowners,
    isAssignable: (login) => input.assignable.has(login.toLowerCase()),
    teamMembers: (team) => input.teamMembers?.get(team.toLowerCase()),
    assignTeamMembers: input.flags.sync.assignTeamMembers,
    codeownersConfig: input.codeownersConfig,
    directory: input.directory,
    now: input.now
  };
  const view = {
    key: status2.key,
    state,
    owners: status2.owners,
    type: status2.type,
    created: status2.created,
    expires: status2.expires,
    registryPath: input.registryPath,
    references: exact,
    patternReferences: patterns,
    renewDays: policy?.days ?? null,
    renewSource: policy?.source ?? null,
    decision: chooseAssignees(chainCtx, input.resolvers)
  };
  if (declared) view.declaredAt = { file: declared.file, line: declared.line };
  if (declared?.description) view.description = declared.description;
  return view;
}
function referencesOf(key, references) {
  return {
    exact: references.filter((r) => r.key === key),
    patterns: references.filter(
      (r) => r.key === null && r.pattern !== null && minimatch(key, r.pattern, { dot: true, nonegate: true, nocomment: true })
    )
  };
}
function referenceFilesOf(key, references) {
  const { exact, patterns } = referencesOf(key, references);
  return [...new Set([...exact, ...patterns].map((r) => r.file))].sort();
}
function whoText(view) {
  const d = view.decision;
  if (!d.chosen) return "; nobody to assign";
  const who = [...d.assignees.map((a) => `@${a}`), ...d.mentions].join(", ");
  return `; ${who} (${d.chosen.why})`;
}
function note(ctx, key, message) {
  ctx.decisions.push({ key, message });
}
function sameSet(a, b) {
  const x = new Set(a.map((v) => v.toLowerCase()));
  const y = new Set(b.map((v) => v.toLowerCase()));
  return x.size === y.size && [...x].every((v) => y.has(v));
}

// src/flags/sync/result.ts
function plannedOf(op) {
  const p = { kind: op.kind, key: op.key, reason: op.reason, writes: op.writes };
  if (op.issue !== void 0) p.issue = op.issue;
  return p;
}
function emptyCounts() {
  return {
    created: 0,
    updated: 0,
    closed: 0,
    reopened: 0,
    commented: 0,
    escalated: 0,
    skipped: 0,
    failed: 0
  };
}
function renderFlagSyncSummary(result) {
  return redactSecrets(renderSummaryUnredacted(result));
}
function renderSummaryUnredacted(result) {
  const c = result.counts;
  const lines = [
    `### Feature flag issues${result.dryRun ? " (dry run: nothing was changed)" : ""}`,
    ""
  ];
  lines.push(`Swept ${result.target}: ${result.writes} of ${result.budget} writes used.`, "");
  if (result.error) lines.push(`> **Error:** ${result.error}`, "");
  else if (result.stopped) lines.push(`> **Stopped early:** ${result.stopped}`, "");
  lines.push(
    "| created | updated | closed | reopened | commented | escalated | skipped | failed |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${c.created} | ${c.updated} | ${c.closed} | ${c.reopened} | ${c.commented} | ${c.escalated} | ${c.skipped} | ${c.failed} |`,
    ""
  );
  if (result.labelsCreated.length > 0)
    lines.push(`Labels created: ${result.labelsCreated.map((l) => `\`${l}\``).join(", ")}`, "");
  const rows = result.dryRun ? result.planned.map((p) => ({ ...p, outcome: "planned" })) : result.applied.map((a) => ({ ...a, issue: a.issueNumber ?? a.issue }));
  if (rows.length > 0) {
    lines.push("| | flag | issue | what |", "|---|---|---|---|");
    for (const r of rows) {
      lines.push(
        `| ${r.outcome} | \`${r.key}\` | ${r.issue === void 0 ? "" : `#${r.issue}`} | ${cell(r.reason)}${r.detail ? ` \u2014 ${cell(r.detail)}` : ""} |`
      );
    }
    lines.push("");
  }
  if (!result.dryRun && result.remaining.length > 0) {
    lines.push(
      `<details><summary>${result.remaining.length} operation(s) left for the next sweep</summary>`,
      ""
    );
    for (const r of result.remaining) lines.push(`- \`${r.key}\`: ${cell(r.reason)}`);
    lines.push("", "</details>", "");
  }
  if (rows.length === 0 && !result.error) lines.push("Every flag issue is up to date.", "");
  return lines.join("\n");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/core/log.ts
var silentLog = { info: () => void 0, warning: () => void 0 };

// src/engine/sync-flag-issues.ts
async function syncFlagIssues(opts) {
  const log = opts.log ?? silentLog;
  const repo = { owner: opts.owner, repo: opts.repo };
  const sync = opts.config.flags.sync;
  const dryRun = opts.dryRun ?? false;
  const result = {
    dryRun,
    target: `${opts.owner}/${opts.repo}@${opts.sha.slice(0, 7)}`,
    counts: emptyCounts(),
    planned: [],
    applied: [],
    remaining: [],
    labelsCreated: [],
    decisions: [],
    writes: 0,
    budget: sync.budget
  };
  const files = opts.config.ignore.length > 0 ? withIgnore(opts.files, opts.config.ignore) : opts.files;
  const analysis = await analyzeFlags(files, opts.config.flags);
  const registryError = registryProblem(analysis);
  if (registryError !== null) {
    result.error = registryRefusal(registryError);
    log.warning(result.error);
    return result;
  }
  const statuses = statusOf(analysis, opts.config.flags, opts.now);
  const { codeowners } = await loadCodeowners(files);
  const references = analysis.scan.references;
  let existing;
  let assignable;
  let teamMembers;
  try {
    existing = await opts.tracker.findExisting(repo, sync.labels.base, log);
    log.info(`found ${existing.length} flag issue(s) in ${opts.owner}/${opts.repo}`);
    const needy = statuses.filter((s) => attentionState(s, { flags: opts.config.flags }) !== null);
    const candidates = /* @__PURE__ */ new Set();
    for (const s of needy) {
      for (const o of candidateOwners({
        owners: s.owners,
        referenceFiles: referenceFilesOf(s.key, references),
        registryPath: analysis.registryPath,
        codeowners
      }))
        candidates.add(o);
    }
    ({ assignable, teamMembers } = await opts.tracker.lookUpPeople(
      repo,
      [...candidates],
      sync.assignTeamMembers,
      log
    ));
  } catch (err) {
    result.error = `could not read the flag issues or owners of ${opts.owner}/${opts.repo}: ${describeError(err)}`;
    log.warning(result.error);
    return result;
  }
  const input = {
    repository: opts.serverUrl ? { ...repo, serverUrl: opts.serverUrl } : repo,
    sha: opts.sha,
    registryPath: analysis.registryPath,
    registryError,
    statuses,
    declared: analysis.registry.flags,
    references,
    codeowners,
    flags: opts.config.flags,
    codeownersConfig: opts.config.codeowners,
    now: opts.now,
    existing,
    assignable,
    teamMembers
  };
  if (opts.resolvers) input.resolvers = opts.resolvers;
  const directory = opts.directory ?? (await loadOnCall(files, opts.config.oncall)).directory;
  if (directory) input.directory = directory;
  let plan = planFlagSync(input);
  const statusKeys = new Set(statuses.map((s) => s.key));
  const gone = plan.operations.filter((op) => op.kind === "close" && !statusKeys.has(op.key)).map((op) => op.key);
  if (opts.lastReferenceCommit && gone.length > 0) {
    const found = /* @__PURE__ */ new Map();
    for (const key of gone) {
      const commit = await opts.lastReferenceCommit(key).catch(() => void 0);
      if (commit) found.set(key, commit);
    }
    input.lastReferenceCommit = (key) => found.get(key);
    plan = planFlagSync(input);
  }
  result.decisions = plan.decisions;
  result.planned = plan.operations.map(plannedOf);
  for (const d of plan.decisions) log.info(`flag "${d.key}": ${d.message}`);
  if (plan.operations.length === 0) log.info("every flag issue is up to date");
  if (dryRun) {
    for (const op of plan.operations)
      log.info(`[dry-run] would ${op.reason} (${op.writes} write${op.writes === 1 ? "" : "s"})`);
    try {
      const missing = await opts.tracker.missingLabels(
        repo,
        labelsUsed(plan.labels, plan.operations)
      );
      for (const l of missing) log.info(`[dry-run] would create the label "${l.name}"`);
    } catch (err) {
      log.warning(`could not list the labels: ${describeError(err)}`);
    }
    result.counts.skipped = plan.operations.length;
    result.remaining = [...result.planned];
    return result;
  }
  await opts.tracker.apply(
    {
      repo,
      labels: labelsUsed(plan.labels, plan.operations),
      operations: plan.operations,
      input,
      existing
    },
    result,
    log
  );
  return result;
}
function labelsUsed(specs, ops) {
  const used = /* @__PURE__ */ new Set();
  for (const op of ops)
    for (const l of op.create?.labels ?? op.patch?.labels ?? []) used.add(l.toLowerCase());
  return specs.filter((s) => used.has(s.name.toLowerCase()));
}

// src/github/paginate.ts
var PER_PAGE = 100;
async function* pageItems(octokit, route, params, options) {
  for (let page = 1; page <= options.maxPages; page++) {
    const { data } = await octokit.request(route, { ...params, per_page: PER_PAGE, page });
    const list2 = options.field === void 0 ? data : typeof data === "object" && data !== null ? data[options.field] : void 0;
    const items = Array.isArray(list2) ? list2 : [];
    yield* items;
    if (items.length < PER_PAGE) return;
  }
}

// src/github/flag-sync.ts
import { randomUUID } from "node:crypto";

// src/github/issues.ts
var MAX_PAGES = 50;
var MAX_SEARCH_PAGES = 10;
async function listLabeledIssues(octokit, repo, label) {
  const out = [];
  const params = { ...repo, labels: label, state: "all" };
  for await (const raw of pageItems(octokit, "GET /repos/{owner}/{repo}/issues", params, {
    maxPages: MAX_PAGES
  })) {
    const issue = toExistingIssue(raw);
    if (issue) out.push(issue);
  }
  return out;
}
async function searchIssuesByBody(octokit, repo, phrase) {
  const q = `repo:${repo.owner}/${repo.repo} is:issue in:body "${phrase.replace(/"/g, "")}"`;
  const out = [];
  for await (const raw of pageItems(
    octokit,
    "GET /search/issues",
    { q },
    {
      maxPages: MAX_SEARCH_PAGES,
      field: "items"
    }
  )) {
    const issue = toExistingIssue(raw);
    if (issue) out.push(issue);
  }
  return out;
}
async function createIssue(octokit, repo, issue) {
  const params = {
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: issue.labels
  };
  if (issue.assignees.length > 0) params.assignees = issue.assignees;
  const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", {
    ...params,
    request: NO_BLIND_RETRY
  });
  return requireIssue(data, "creating an issue");
}
async function updateIssue(octokit, repo, number, patch) {
  const params = { ...repo, issue_number: number };
  if (patch.title !== void 0) params.title = patch.title;
  if (patch.body !== void 0) params.body = patch.body;
  if (patch.labels !== void 0) params.labels = patch.labels;
  if (patch.assignees !== void 0) params.assignees = patch.assignees;
  if (patch.state !== void 0) params.state = patch.state;
  if (patch.stateReason !== void 0) params.state_reason = patch.stateReason;
  const { data } = await octokit.request(
    "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
    params
  );
  return requireIssue(data, `updating issue #${number}`);
}
async function createComment(octokit, repo, number, body) {
  await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: number,
    body,
    request: NO_BLIND_RETRY
  });
}
var NO_BLIND_RETRY = { retries: 0 };
function isUncertain(err) {
  const status2 = httpStatus(err);
  return status2 === void 0 || status2 >= 500;
}
async function latestEventId(octokit, repo, number) {
  let latest;
  const comments = pageItems(
    octokit,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { ...repo, issue_number: number },
    { maxPages: MAX_PAGES }
  );
  for await (const c of comments) {
    const ids = eventIds(str(prop(c, "body")));
    if (ids.length > 0) latest = ids[ids.length - 1];
  }
  return latest;
}
async function isAssignable(octokit, repo, login) {
  try {
    await octokit.request("GET /repos/{owner}/{repo}/assignees/{assignee}", {
      ...repo,
      assignee: login
    });
    return true;
  } catch (err) {
    if (httpStatus(err) === 404) return false;
    throw err;
  }
}
async function listTeamMembers(octokit, team) {
  const m = /^@?([^/]+)\/(.+)$/.exec(team);
  if (!m) return void 0;
  const out = [];
  try {
    const members = pageItems(
      octokit,
      "GET /orgs/{org}/teams/{team_slug}/members",
      { org: m[1], team_slug: m[2] },
      { maxPages: MAX_PAGES }
    );
    for await (const u of members) {
      const login = str(prop(u, "login"));
      if (login) out.push(login);
    }
  } catch (err) {
    const status2 = httpStatus(err);
    if (status2 === 403 || status2 === 404) return void 0;
    throw err;
  }
  return out;
}
function toExistingIssue(raw) {
  if (prop(raw, "pull_request") !== void 0) return void 0;
  const number = prop(raw, "number");
  if (typeof number !== "number") return void 0;
  const state = prop(raw, "state") === "closed" ? "closed" : "open";
  const labels = prop(raw, "labels");
  const assignees = prop(raw, "assignees");
  return {
    number,
    state,
    title: str(prop(raw, "title")) ?? "",
    body: str(prop(raw, "body")) ?? "",
    labels: Array.isArray(labels) ? labels.map((l) => typeof l === "string" ? l : str(prop(l, "name"))).filter((l) => l !== void 0) : [],
    assignees: Array.isArray(assignees) ? assignees.map((a) => str(prop(a, "login"))).filter((a) => a !== void 0) : [],
    closedAt: str(prop(raw, "closed_at")) ?? null
  };
}
function requireIssue(data, what) {
  const issue = toExistingIssue(data);
  if (!issue) throw new Error(`Unexpected response from GitHub while ${what}: no issue number`);
  return issue;
}
function stopsSweep(err) {
  const status2 = httpStatus(err);
  return !(status2 === 404 || status2 === 410 || status2 === 422);
}

// src/github/labels.ts
var MAX_PAGES2 = 20;
async function listLabelNames(octokit, repo) {
  const names = /* @__PURE__ */ new Set();
  for await (const l of pageItems(
    octokit,
    "GET /repos/{owner}/{repo}/labels",
    { ...repo },
    {
      maxPages: MAX_PAGES2
    }
  )) {
    const name = str(prop(l, "name"));
    if (name !== void 0) names.add(name.toLowerCase());
  }
  return names;
}
function missingLabels(specs, existing) {
  return specs.filter((s) => !existing.has(s.name.toLowerCase()));
}
async function createLabel(octokit, repo, spec) {
  try {
    await octokit.request("POST /repos/{owner}/{repo}/labels", {
      ...repo,
      name: spec.name,
      color: spec.color,
      description: spec.description
    });
    return true;
  } catch (err) {
    if (httpStatus(err) === 422) return false;
    throw err;
  }
}
var SWEEP_LOCK_LABEL = "ops-steward: sweep running";
var SWEEP_LEASE_MS = 15 * 60 * 1e3;
var LEASE = /^lease until (\S+) by (\S+)$/;
function leaseText(lock) {
  return `lease until ${lock.until.toISOString()} by ${lock.holder}`;
}
async function readLock(octokit, repo) {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/labels/{name}", {
      ...repo,
      name: SWEEP_LOCK_LABEL
    });
    const m = LEASE.exec(str(prop(data, "description")) ?? "");
    const until = m ? new Date(m[1]) : /* @__PURE__ */ new Date(0);
    return { holder: m?.[2] ?? "", until: Number.isNaN(until.getTime()) ? /* @__PURE__ */ new Date(0) : until };
  } catch (err) {
    if (httpStatus(err) === 404) return null;
    throw err;
  }
}
async function acquireSweepLock(octokit, repo, holder, now, attempt = 0) {
  const mine = { holder, until: new Date(now.getTime() + SWEEP_LEASE_MS) };
  try {
    await octokit.request("POST /repos/{owner}/{repo}/labels", {
      ...repo,
      name: SWEEP_LOCK_LABEL,
      color: "ededed",
      description: leaseText(mine),
      request: { retries: 0 }
    });
    return { acquired: true };
  } catch (err) {
    if (httpStatus(err) !== 422 && httpStatus(err) !== void 0 && httpStatus(err) < 500)
      throw err;
  }
  const current = await readLock(octokit, repo);
  if (current === null)
    return attempt < 2 ? acquireSweepLock(octokit, repo, holder, now, attempt + 1) : { acquired: false, heldBy: void 0 };
  if (current?.holder === holder) return { acquired: true };
  if (current && current.until.getTime() > now.getTime())
    return { acquired: false, heldBy: current };
  await octokit.request("PATCH /repos/{owner}/{repo}/labels/{name}", {
    ...repo,
    name: SWEEP_LOCK_LABEL,
    description: leaseText(mine)
  });
  const after = await readLock(octokit, repo);
  return after?.holder === holder ? { acquired: true } : { acquired: false, heldBy: after ?? void 0 };
}
async function releaseSweepLock(octokit, repo, holder) {
  const current = await readLock(octokit, repo);
  if (current?.holder !== holder) return;
  await octokit.request("DELETE /repos/{owner}/{repo}/labels/{name}", {
    ...repo,
    name: SWEEP_LOCK_LABEL
  });
}

// src/github/flag-sync.ts
var LOOKUP_CONCURRENCY = 4;
var ANY_MARKER = "ops-steward:flag=";
function githubFlagIssues(octokit) {
  return {
    findExisting: (repo, label, log) => findExistingIssues(octokit, repo, label, log),
    lookUpPeople: (repo, candidates, assignTeamMembers, log) => lookUpPeople(octokit, repo, candidates, assignTeamMembers, log),
    missingLabels: async (repo, specs) => missingLabels(specs, await listLabelNames(octokit, repo)),
    apply: (plan, result, log) => applyPlan(octokit, plan, result, log)
  };
}
async function applyPlan(octokit, plan, result, log) {
  if (plan.operations.length === 0) return;
  const holder = randomUUID();
  const nothingChanged = (why) => {
    result.error = `${why}; nothing was changed, the next sweep picks up from the issues as they are`;
    result.stopped = result.error;
    result.remaining = [...result.planned];
    result.counts.skipped = plan.operations.length;
    log.warning(result.error);
  };
  try {
    const lock = await acquireSweepLock(octokit, plan.repo, holder, plan.input.now);
    if (!lock.acquired) {
      const until = lock.heldBy ? ` (its lease runs until ${lock.heldBy.until.toISOString()})` : "";
      return nothingChanged(
        `another sweep is writing to ${plan.repo.owner}/${plan.repo.repo}${until}`
      );
    }
  } catch (err) {
    return nothingChanged(
      `could not take the sweep lock (the label "${SWEEP_LOCK_LABEL}": ${describeError(err)})`
    );
  }
  const locked = true;
  try {
    let current;
    try {
      current = await refreshed(octokit, plan, result, log);
    } catch (err) {
      return nothingChanged(`could not read the flag issues again: ${describeError(err)}`);
    }
    await applyLocked(octokit, current, result, log);
  } finally {
    if (locked)
      await releaseSweepLock(octokit, plan.repo, holder).catch(
        (err) => log.warning(`could not release the sweep lock (${describeError(err)}); its lease runs out`)
      );
  }
}
async function refreshed(octokit, plan, result, log) {
  const label = plan.input.flags.sync.labels.base;
  const known = new Map(plan.existing.map((i) => [i.number, i]));
  let changed = false;
  for (const issue of await listLabeledIssues(octokit, plan.repo, label)) {
    if (!splitBody(issue.body)) continue;
    const before = known.get(issue.number);
    if (before && before.body === issue.body && before.state === issue.state) continue;
    known.set(issue.number, issue);
    changed = true;
  }
  if (!changed) return plan;
  const existing = [...known.values()].sort((a, b) => a.number - b.number);
  const operations = planFlagSync({ ...plan.input, existing }).operations;
  log.info("the flag issues changed since they were read (another sweep?): planned again");
  result.planned = operations.map(plannedOf);
  return { ...plan, existing, operations };
}
async function applyLocked(octokit, plan, result, log) {
  const applier = new Applier(octokit, plan.repo, result, log, plan.input, plan.existing);
  try {
    await applier.ensureLabels(plan.labels);
  } catch (err) {
    if (stopsSweep(err)) {
      result.error = `could not create labels: ${describeError(err)}`;
      result.stopped = `stopped before changing any issue: ${result.error}`;
      result.remaining = [...result.planned];
      result.counts.skipped = plan.operations.length;
      log.warning(result.stopped);
      return;
    }
    log.warning(
      `could not create labels (${describeError(err)}); GitHub adds missing labels to issues without colours`
    );
  }
  await applier.run(plan.operations);
}
async function findExistingIssues(octokit, repo, label, log) {
  const byNumber = /* @__PURE__ */ new Map();
  for (const issue of await listLabeledIssues(octokit, repo, label))
    if (splitBody(issue.body)) byNumber.set(issue.number, issue);
  try {
    for (const issue of await searchIssuesByBody(octokit, repo, ANY_MARKER)) {
      if (!byNumber.has(issue.number) && splitBody(issue.body)) byNumber.set(issue.number, issue);
    }
  } catch (err) {
    if (stopsSweep(err) && !isSearchOnlyFailure(err)) throw err;
    log.warning(
      `could not search for unlabelled flag issues (${describeError(err)}); continuing with the labelled ones`
    );
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
function isSearchOnlyFailure(err) {
  const status2 = err.status;
  return status2 === 403 || status2 === 422 || status2 === 503;
}
async function lookUpPeople(octokit, repo, candidates, assignTeamMembers, log) {
  const limit = pLimit(LOOKUP_CONCURRENCY);
  const teamMembers = /* @__PURE__ */ new Map();
  const logins = /* @__PURE__ */ new Set();
  for (const c of candidates) if (ownerKind(c) === "user") logins.add(c.slice(1).toLowerCase());
  if (assignTeamMembers) {
    const teams = candidates.filter((c) => ownerKind(c) === "team");
    await Promise.all(
      teams.map(
        (team) => limit(async () => {
          const members = await listTeamMembers(octokit, team);
          if (members === void 0) {
            log.warning(
              `could not read the members of ${team} (the token needs read access to the organization's teams); the team is only mentioned`
            );
            return;
          }
          teamMembers.set(team.toLowerCase(), members);
          for (const m of members) logins.add(m.toLowerCase());
        })
      )
    );
  }
  const assignable = /* @__PURE__ */ new Set();
  await Promise.all(
    [...logins].map(
      (login) => limit(async () => {
        if (await isAssignable(octokit, repo, login)) assignable.add(login);
        else log.info(`@${login} cannot be assigned issues in ${repo.owner}/${repo.repo}`);
      })
    )
  );
  return { assignable, teamMembers };
}
var Applier = class {
  constructor(octokit, repo, result, log, input, existing) {
    this.octokit = octokit;
    this.repo = repo;
    this.result = result;
    this.log = log;
    this.input = input;
    this.existing = existing;
  }
  octokit;
  repo;
  result;
  log;
  input;
  existing;
  fits(writes) {
    return this.result.writes + writes <= this.result.budget;
  }
  async ensureLabels(specs) {
    if (specs.length === 0) return;
    const missing = missingLabels(specs, await listLabelNames(this.octokit, this.repo));
    for (const spec of missing) {
      if (!this.fits(1)) {
        this.log.warning(
          `budget spent: the label "${spec.name}" is not created (GitHub adds it without a colour)`
        );
        return;
      }
      if (await createLabel(this.octokit, this.repo, spec)) {
        this.result.writes++;
        this.result.labelsCreated.push(spec.name);
        this.log.info(`created the label "${spec.name}"`);
      }
    }
  }
  async run(ops) {
    const { result } = this;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (!this.fits(op.writes)) {
        this.stop(
          ops,
          i,
          false,
          `the budget of ${result.budget} writes is spent (flags.sync.budget); ${ops.length - i} operation(s) are left for the next sweep`
        );
        return;
      }
      try {
        await this.apply(op);
      } catch (err) {
        const message = describeError(err);
        result.counts.failed++;
        result.applied.push({ ...plannedOf(op), outcome: "failed", detail: message });
        if (stopsSweep(err)) {
          result.error = `GitHub refused "${op.reason}": ${message}`;
          this.stop(
            ops,
            i,
            true,
            `${result.error}; the next sweep continues from the issues as they are`
          );
          return;
        }
        this.log.warning(`failed to ${op.reason}: ${message}; going on with the other flags`);
      }
    }
  }
  /** Records what is left (the failed operation included: the next sweep re-plans it). */
  stop(ops, from, failed, why) {
    this.result.stopped = why;
    this.result.remaining.push(...ops.slice(from).map(plannedOf));
    this.result.counts.skipped += ops.length - from - (failed ? 1 : 0);
    this.log.warning(`stopped: ${why}`);
  }
  async apply(op) {
    if (op.kind === "create") return this.create(op);
    return this.change(op, "done");
  }
  async create(op) {
    const found = (await searchIssuesByBody(this.octokit, this.repo, markerSearchPhrase(op.key))).filter((i) => splitBody(i.body)?.key === op.key);
    const known = new Set(this.existing.map((i) => i.number));
    const fresh = found.filter((i) => !known.has(i.number));
    if (fresh.length > 0) return this.adopt(op, fresh);
    let created;
    try {
      created = await createIssue(this.octokit, this.repo, op.create);
    } catch (err) {
      if (!isUncertain(err)) throw err;
      const label = this.input.flags.sync.labels.base;
      const landed = (await listLabeledIssues(this.octokit, this.repo, label)).filter(
        (i) => splitBody(i.body)?.key === op.key && !known.has(i.number)
      );
      const [first, ...more] = landed.sort((a, b) => a.number - b.number);
      if (!first) throw err;
      this.log.info(
        `flag "${op.key}": the create failed (${describeError(err)}) but GitHub made #${first.number}`
      );
      created = first;
      if (more.length > 0) {
        this.countCreated(op, created);
        return this.adopt(op, more, true);
      }
    }
    this.countCreated(op, created);
  }
  /** The `created` count counts issues that exist: one GitHub made counts, whoever heard the answer. */
  countCreated(op, created) {
    this.result.writes++;
    this.result.counts.created++;
    this.existing.push(created);
    this.result.applied.push({ ...plannedOf(op), outcome: "done", issueNumber: created.number });
    this.log.info(`created #${created.number}: ${op.reason}`);
  }
  /** Issues for `op.key` found instead of creating one: the planner decides what each needs (duplicates close). */
  async adopt(op, fresh, alreadyCounted = false) {
    this.existing.push(...fresh);
    const numbers = fresh.map((i) => `#${i.number}`).join(", ");
    this.log.info(
      `flag "${op.key}": found ${numbers} by its marker; updating it instead of creating another`
    );
    const replanned = planFlagSync({ ...this.input, existing: this.existing }).operations.filter(
      (o) => o.key === op.key && o.kind !== "create"
    );
    if (replanned.length === 0) {
      if (alreadyCounted) return;
      this.result.applied.push({
        ...plannedOf(op),
        outcome: "found-existing",
        issueNumber: fresh[0].number,
        detail: "already up to date"
      });
      return;
    }
    for (const next of replanned) {
      if (this.fits(next.writes)) await this.change(next, "found-existing");
      else {
        this.result.remaining.push(plannedOf(next));
        this.result.counts.skipped++;
        this.log.warning(`budget spent: left for the next sweep: ${next.reason}`);
      }
    }
  }
  async change(op, outcome) {
    const number = op.issue;
    let resumed = false;
    if (op.comment) {
      if (await latestEventId(this.octokit, this.repo, number) === op.comment.id) resumed = true;
      else {
        try {
          await createComment(this.octokit, this.repo, number, op.comment.body);
        } catch (err) {
          if (!isUncertain(err) || await latestEventId(this.octokit, this.repo, number) !== op.comment.id)
            throw err;
        }
        this.result.writes++;
        this.result.counts.commented++;
      }
    }
    if (op.patch) {
      const updated = await updateIssue(this.octokit, this.repo, number, op.patch);
      this.result.writes++;
      const i = this.existing.findIndex((e) => e.number === number);
      if (i >= 0) this.existing[i] = updated;
    }
    const c = this.result.counts;
    if (op.kind === "update" || op.kind === "state-change") c.updated++;
    else if (op.kind === "escalate") c.escalated++;
    else if (op.kind === "reopen") c.reopened++;
    else if (op.kind === "close" || op.kind === "close-duplicate") c.closed++;
    const final = resumed && outcome === "done" ? "resumed" : outcome;
    this.result.applied.push({
      ...plannedOf(op),
      outcome: final,
      issueNumber: number,
      ...resumed ? { detail: "the comment was already posted by an interrupted run" } : {}
    });
    this.log.info(`${final === "done" ? "done" : final}: ${op.reason}`);
  }
};

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
    const raw = await guarded(module, async () => {
      const out = await review(ctx);
      notes2 = out.notes ?? [];
      section = out.section;
      return out.findings;
    });
    reviews.push({
      id: module.id,
      title: module.title,
      findings: await finish(raw, ctx),
      notes: notes2,
      ...section ? { section } : {}
    });
  }
  const notes = input.diff.complete ? [] : [
    "GitHub lists at most 3000 changed files of a pull request: changed lines in the files beyond that are not checked here (the full report still covers them)."
  ];
  return { reviews, findings: reviews.flatMap((r) => r.findings), notes };
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

// src/github/check-run.ts
var CHECK_RUN_LIMITS = {
  /** Annotations accepted per create/update request; more are sent in further updates, which append. */
  annotationsPerRequest: 50,
  /**
   * `output.summary` and `output.text`. The reference says "characters" but GitHub enforces UTF-8 bytes
   * (422 "summary exceeds a maximum bytesize of 65535", github/docs#35252), so we cut by bytes.
   */
  outputBytes: 65535,
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
async function completeCheckRun(octokit, run, result) {
  const all = result.annotations ?? [];
  const kept = all.slice(0, MAX_ANNOTATIONS);
  const output = fitOutput(result.output);
  const batches = [];
  for (let i = 0; i < kept.length; i += CHECK_RUN_LIMITS.annotationsPerRequest) {
    batches.push(kept.slice(i, i + CHECK_RUN_LIMITS.annotationsPerRequest));
  }
  const last = batches.pop() ?? [];
  const route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
  const target = { owner: run.owner, repo: run.repo, check_run_id: run.checkRunId };
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
    summary: truncateUtf8(output.summary, CHECK_RUN_LIMITS.outputBytes)
  };
  if (output.text !== void 0)
    fitted.text = truncateUtf8(output.text, CHECK_RUN_LIMITS.outputBytes);
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

// src/github/sticky-comment.ts
var PR_REPORT_MARKER = "<!-- ops-steward:pr-report -->";
var COMMENT_MAX_CHARS = 65536;
var MAX_PAGES3 = 100;
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
    if (httpStatus(error) === 403) {
      return {
        action: "skipped",
        reason: `GitHub refused access to the comments of #${target.issueNumber} (403: ${errorMessage(error)}). This is expected for pull requests from forks, whose workflow token is read-only; annotations and the job summary still carry the report.`
      };
    }
    throw error;
  }
}
async function findStickyComment(octokit, target, marker) {
  const comments = pageItems(
    octokit,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber },
    { maxPages: MAX_PAGES3 }
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
  const note2 = "\n\n_\u2026report cut to fit GitHub\u2019s comment size limit; the job summary and check run have all of it._";
  const room = COMMENT_MAX_CHARS - head.length;
  if (body.length <= room) return head + body;
  return head + truncateChars(body, room - note2.length) + note2;
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
  isTooLarge,
  DEFAULT_REQUEST_BUDGET_MS,
  requestBudget,
  githubCheckServices,
  renderFlagSyncSummary,
  silentLog,
  syncFlagIssues,
  pageItems,
  githubFlagIssues,
  reviewPullRequest,
  fetchPullRequestDiff,
  renderModuleReview,
  CHECK_RUN_LIMITS,
  conclusionFor,
  toCheckRunAnnotations,
  createCheckRun,
  completeCheckRun,
  githubBaseFiles,
  commentOnPullRequest
};
