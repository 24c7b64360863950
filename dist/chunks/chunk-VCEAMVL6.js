import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));

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

export {
  UnreadableFileError,
  readFileAtRef
};
