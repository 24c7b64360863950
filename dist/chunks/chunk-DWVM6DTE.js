import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  __commonJS,
  __toESM
} from "./chunk-C2D6PDPM.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

// src/flags/registry-metadata.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// schemas/flags.schema.json
var flags_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ops-steward/ops-steward/schemas/flags.schema.json",
  title: "ops-steward feature flag registry (flags.yml)",
  description: "Every feature flag the code may read, with who owns it and when it must be gone. Add '# yaml-language-server: $schema=<this file>' at the top of flags.yml for completion in editors.",
  type: "object",
  additionalProperties: false,
  required: ["flags"],
  properties: {
    flags: {
      description: "Flag key (exactly as the code passes it to the SDK) \u2192 its declaration.",
      type: ["object", "null"],
      propertyNames: { minLength: 1 },
      additionalProperties: { $ref: "#/definitions/flag" }
    }
  },
  definitions: {
    owner: {
      description: "A GitHub user (@alice), a team (@acme/payments) or an email address.",
      type: "string",
      pattern: "^(?:@[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"
    },
    date: {
      description: "A calendar day, YYYY-MM-DD (UTC).",
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$"
    },
    flag: {
      type: "object",
      additionalProperties: false,
      required: ["owner", "created", "type"],
      properties: {
        owner: {
          description: "Who removes or renews the flag: @user, @org/team or an email, or a list of them.",
          type: ["string", "array"],
          pattern: "^(?:@[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$",
          items: { $ref: "#/definitions/owner" },
          minItems: 1
        },
        created: {
          description: "The day the flag was added (YYYY-MM-DD).",
          $ref: "#/definitions/date"
        },
        expires: {
          description: "The day the flag is expired from (YYYY-MM-DD, the flag's last valid day is the day before). At most flags.lifetimeDays after created, or after renewedFrom for a renewed flag. Not used for permanent types (kill-switch, permission).",
          $ref: "#/definitions/date"
        },
        renewedFrom: {
          description: "Set when renewing: the previous expires date. The new expires may be at most one lifetime step after it.",
          $ref: "#/definitions/date"
        },
        type: {
          description: "Flag type; the allowed types and which of them never expire are set in .github/ops-steward.yml (flags.types, flags.permanentTypes).",
          type: "string",
          minLength: 1,
          examples: ["release", "experiment", "operational", "kill-switch", "permission"]
        },
        description: {
          description: "What the flag switches, for the people who will remove it.",
          type: "string"
        }
      }
    }
  }
};

// src/flags/dates.ts
var MS_PER_DAY = 864e5;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function epochDay(iso) {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return null;
  return ms / MS_PER_DAY;
}
function isoFromEpochDay(day) {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
function epochDayOf(instant) {
  return Math.floor(instant.getTime() / MS_PER_DAY);
}
function startOfDayMs(iso) {
  const day = epochDay(iso);
  return day === null ? null : day * MS_PER_DAY;
}
function isoFromDate(date) {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

// src/flags/registry-metadata.ts
var METADATA_TAGS = [
  "owner",
  "created",
  "expires",
  "type",
  "description",
  "renewedFrom"
];
var OWNER_PATTERN = new RegExp(flags_schema_default.definitions.owner.pattern);
function lifetimePolicy(config, type) {
  const own = Object.hasOwn(config.lifetimeDays, type) ? config.lifetimeDays[type] : void 0;
  if (own !== void 0) return { days: own, source: `flags.lifetimeDays.${type}` };
  const fallback = config.lifetimeDays.default;
  return fallback === void 0 ? null : { days: fallback, source: "flags.lifetimeDays.default" };
}
function ownerProblem(owner, key) {
  if (OWNER_PATTERN.test(owner)) return void 0;
  const fix = /^[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/.test(owner) ? `; did you mean "@${owner}"?` : "";
  return `owner "${owner}" of flag "${key}" is not a GitHub @user, @org/team or an email${fix}`;
}
function suggest(word, candidates) {
  if (candidates.length === 0) return void 0;
  const best = (0, import_fastest_levenshtein.closest)(word, [...candidates]);
  return (0, import_fastest_levenshtein.distance)(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : void 0;
}
function checkFlagMetadata(meta, config, report) {
  const { key } = meta;
  const jsdoc = meta.notation === "jsdoc";
  const name = (field) => jsdoc ? `@${field}` : field;
  const finding = (rule, severity, message, at) => report(`flags/registry-${rule}`, severity, message, at);
  const out = { created: null, expires: null };
  requireFields(meta, config, finding);
  for (const owner of meta.owner?.values ?? []) {
    const problem = owner.text === null ? void 0 : ownerProblem(owner.text, key);
    if (problem !== void 0) finding("bad-owner", "error", problem, owner.at);
  }
  const days = {};
  for (const field of ["created", "expires", "renewedFrom"]) {
    const value = meta[field];
    if (value?.text == null) continue;
    const day = epochDay(value.text);
    if (day === null)
      finding(
        "bad-date",
        "error",
        `${name(field)} of flag "${key}" is ${value.text}, which is not a calendar day (YYYY-MM-DD)`,
        value.at
      );
    else days[field] = day;
  }
  if (days.created !== void 0) out.created = isoFromEpochDay(days.created);
  const type = meta.type?.text ?? "";
  if (type && !config.types.includes(type)) {
    const suggestion = suggest(type, config.types);
    finding(
      "unknown-type",
      "error",
      `flag "${key}" has unknown type "${type}"${suggestion ? `; did you mean "${suggestion}"?` : ""} Allowed types: ${config.types.join(", ")} (flags.types in the config).`,
      meta.type.at
    );
  }
  if (type && config.permanentTypes.includes(type)) {
    if (meta.expires !== void 0)
      finding(
        "permanent-expires",
        "notice",
        `flag "${key}" is a ${type} flag, which never expires; its ${name("expires")} date is ignored (remove it, or change the type if the flag is temporary)`,
        meta.expires.at
      );
    return out;
  }
  if (meta.expires === void 0) {
    if (!config.types.includes(type)) return out;
    const policy2 = lifetimePolicy(config, type);
    const latest = days.created !== void 0 && policy2 ? `, at most ${policy2.days} days after ${name("created")}: ${isoFromEpochDay(days.created + policy2.days)} or earlier` : "";
    finding(
      "missing-expires",
      "error",
      `flag "${key}"${type ? ` (type ${type})` : ""} has no ${name("expires")} date: add ${jsdoc ? "@expires YYYY-MM-DD to its JSDoc" : "expires: YYYY-MM-DD"}${latest}. Only ${config.permanentTypes.join(", ") || "permanent"} flags may live forever.`,
      meta.at
    );
    return out;
  }
  if (days.expires === void 0) return out;
  out.expires = isoFromEpochDay(days.expires);
  if (days.created === void 0) return out;
  const expiresAt = meta.expires.at;
  if (days.expires <= days.created) {
    finding(
      "expires-before-created",
      "error",
      `flag "${key}" expires ${out.expires}, ${days.expires === days.created ? "the same day it was" : "before it was"} created (${out.created}): ${name("expires")} must be a later day`,
      expiresAt
    );
    return out;
  }
  let anchor = days.created;
  let anchorLabel = `created ${out.created}`;
  if (days.renewedFrom !== void 0) {
    const renewedFrom = isoFromEpochDay(days.renewedFrom);
    if (days.renewedFrom <= days.created || days.renewedFrom >= days.expires) {
      finding(
        "bad-renewal",
        "error",
        `${name("renewedFrom")} of flag "${key}" (${renewedFrom}) must lie between created (${out.created}) and expires (${out.expires}): it is the expiry date the renewal extended`,
        meta.renewedFrom.at
      );
    } else {
      anchor = days.renewedFrom;
      anchorLabel = `the previous expiry ${renewedFrom} (${name("renewedFrom")})`;
    }
  }
  const policy = lifetimePolicy(config, type);
  const lifetime = days.expires - anchor;
  if (policy && lifetime > policy.days) {
    finding(
      "lifetime",
      "error",
      `flag "${key}" expires ${out.expires}, ${lifetime} days after ${anchorLabel}; ${type ? `${type} flags` : "flags"} may live at most ${policy.days} days (${policy.source}): set ${name("expires")} to ${isoFromEpochDay(anchor + policy.days)} or earlier`,
      expiresAt
    );
  }
  return out;
}
function requireFields(meta, config, finding) {
  const { key } = meta;
  const jsdoc = meta.notation === "jsdoc";
  const hints = jsdoc ? {
    owner: `add a JSDoc tag on it (/** @owner @alice */) or an entry of the same key in the YAML registry`,
    created: "add @created YYYY-MM-DD to its JSDoc, the day it was added (its lifetime counts from there)",
    type: `add @type to its JSDoc, one of ${config.types.join(", ")}`
  } : {
    owner: 'add owner: "@user", "@org/team" or an email \u2014 someone has to remove or renew it',
    created: "add created: YYYY-MM-DD, the day it was added (its lifetime counts from there)",
    type: `add type: one of ${config.types.join(", ")}`
  };
  const subject = `flag "${key}"${meta.declaredIn ? ` (declared in ${meta.declaredIn})` : ""}`;
  for (const field of ["owner", "created", "type"]) {
    if (meta[field] !== void 0) continue;
    finding(`missing-${field}`, "error", `${subject} has no ${field}: ${hints[field]}`, meta.at);
  }
}

export {
  MS_PER_DAY,
  epochDay,
  isoFromEpochDay,
  epochDayOf,
  startOfDayMs,
  isoFromDate,
  require_mod,
  flags_schema_default,
  METADATA_TAGS,
  lifetimePolicy,
  ownerProblem,
  suggest,
  checkFlagMetadata
};
