import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  CONFIG_CANDIDATES,
  DEFAULT_CONFIG_PATH,
  DEFAULT_MAX_FILE_BYTES,
  InputError,
  NoticeLog,
  RepoError,
  comparePaths,
  decodeText,
  formatLocation,
  pLimit,
  parseConfig,
  readLimitFor,
  sizeLimitFor,
  tooLargeReason,
  validateMaxFileBytes,
  withIgnore
} from "./chunk-DZQJ3G2S.js";
import {
  __commonJS,
  __toESM
} from "./chunk-S2JO3YRI.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH,
        path3[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache) {
        if (path3 in cache) {
          return cache[path3];
        }
        const parentPath = parentOf(path3);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// package.json
var package_default = {
  name: "ops-steward",
  version: "0.1.0",
  description: "Keeps a team's operational hygiene honest in the repository: feature flags, runbooks, postmortems, on-call config, CODEOWNERS, monitors.",
  type: "module",
  license: "MIT",
  homepage: "https://github.com/ops-steward/ops-steward#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/ops-steward/ops-steward.git"
  },
  bugs: {
    url: "https://github.com/ops-steward/ops-steward/issues"
  },
  bin: {
    "ops-steward": "dist/cli.js"
  },
  exports: {
    "./package.json": "./package.json",
    "./schemas/*.json": "./schemas/*.json"
  },
  files: [
    "dist",
    "schemas",
    "action.yml",
    "app.yml",
    "CHANGELOG.md"
  ],
  engines: {
    node: "^20.19.0 || ^22.13.0 || >=24"
  },
  scripts: {
    build: "node scripts/build.mjs",
    demo: "node dist/cli.js check --repo examples/acme-shop --now 2026-11-25 --fail-on never",
    start: "node dist/app.js",
    test: "vitest run",
    "test:fuzz": "vitest run test/fuzz",
    "test:faults": "vitest run test/faults",
    typecheck: "tsc --noEmit -p tsconfig.json",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    bench: "node bench/run.mjs && npm run bench:docs && npm run bench:oncall && npm run bench:monitors",
    "bench:flags": "node bench/run.mjs",
    "bench:docs": "node bench/docs.mjs",
    "bench:oncall": "node bench/oncall.mjs",
    "bench:monitors": "node bench/monitors.mjs"
  },
  peerDependencies: {
    probot: "14.3.2"
  },
  peerDependenciesMeta: {
    probot: {
      optional: true
    }
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@eslint/js": "10.0.1",
    "@mermaid-js/parser": "1.2.1",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/rest": "22.0.1",
    "@types/jsdom": "21.1.7",
    "@types/mdast": "4.0.4",
    "@types/node": "20.19.43",
    "@types/sarif": "2.1.7",
    "@types/tar-stream": "3.1.5",
    ajv: "8.20.0",
    "codemirror-lang-hcl": "0.2.0",
    commander: "14.0.3",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-check": "4.11.0",
    "fastest-levenshtein": "1.0.16",
    "ical-generator": "10.2.0",
    "ical.js": "2.2.1",
    ignore: "7.0.16",
    isbinaryfile: "5.0.7",
    jsdom: "26.1.0",
    "json-schema-to-ts": "3.1.1",
    "mdast-util-from-markdown": "2.1.0",
    "mdast-util-frontmatter": "2.0.1",
    "mdast-util-gfm": "3.1.0",
    mermaid: "11.17.2",
    "micromark-extension-frontmatter": "2.0.0",
    "micromark-extension-gfm": "3.0.0",
    minimatch: "11.0.9",
    nock: "14.0.17",
    "p-limit": "7.3.3",
    picocolors: "1.1.1",
    prettier: "3.10.1",
    probot: "14.3.2",
    "smee-client": "5.0.0",
    "tar-stream": "3.2.2",
    "ts-morph": "28.0.0",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12",
    yaml: "2.9.1"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/config/workspace.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/repo/local.ts
var import_ignore = __toESM(require_ignore(), 1);
import { execFile } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access, lstat, readFile, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
var STAT_CONCURRENCY = 64;
var READ_CONCURRENCY = 32;
var ALWAYS_SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function openLocalRepo(dir, opts = {}) {
  const maxFileBytes = validateMaxFileBytes(opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const root = path.resolve(dir);
  await assertDirectory(dir, root);
  const realRoot = await realpath(root);
  const candidates = await gitCandidates(root, realRoot) ?? await walkCandidates(root);
  const notices = new NoticeLog();
  const statLimit = pLimit(STAT_CONCURRENCY);
  const verdicts = await statLimit.map(
    candidates,
    (rel) => classify(root, realRoot, rel, maxFileBytes)
  );
  const listed = /* @__PURE__ */ new Set();
  const oversized = /* @__PURE__ */ new Map();
  candidates.forEach((rel, i) => {
    const v = verdicts[i];
    if (v?.kind === "file") listed.add(rel);
    else if (v?.kind === "skip") {
      notices.add(rel, v.why);
      if (v.size !== void 0) oversized.set(rel, v.size);
    }
  });
  const sorted = [...listed].sort(comparePaths);
  const readLimit = pLimit(READ_CONCURRENCY);
  const unlist = (rel, why) => {
    listed.delete(rel);
    if (why !== void 0) notices.add(rel, why);
    return void 0;
  };
  const read = async (rel, options) => {
    const limit = readLimitFor(rel, maxFileBytes, options?.maxBytes);
    const size = oversized.get(rel);
    if (size !== void 0) {
      if (size > limit) {
        notices.replace(rel, tooLargeReason(size, limit));
        return void 0;
      }
    } else if (!listed.has(rel)) return void 0;
    let bytes;
    try {
      bytes = await readLimit(() => readFile(path.join(root, ...rel.split("/"))));
    } catch (err) {
      const code = errorCode(err);
      if (code === "EACCES" || code === "EPERM") return unlist(rel, "permission denied");
      if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return unlist(rel);
      throw new RepoError(`Cannot read ${rel} in ${dir}: ${errorMessage(err)}`, { cause: err });
    }
    if (bytes.length > limit) {
      notices.replace(rel, tooLargeReason(bytes.length, limit));
      return unlist(rel);
    }
    const decoded = await decodeText(bytes);
    if ("skip" in decoded) {
      notices.replace(rel, decoded.skip);
      return unlist(rel);
    }
    if (size !== void 0) notices.delete(rel);
    return decoded.text;
  };
  return {
    label: dir,
    root,
    list: () => Promise.resolve(sorted.filter((p) => listed.has(p))),
    read,
    notices: () => notices.list()
  };
}
async function assertDirectory(dir, root) {
  try {
    const s = await stat(root);
    if (!s.isDirectory()) throw new RepoError(`Repository path is not a directory: ${dir}`);
  } catch (err) {
    if (err instanceof RepoError) throw err;
    const code = errorCode(err);
    if (code === "ENOENT")
      throw new RepoError(`Repository directory not found: ${dir}`, { cause: err });
    if (code === "ENOTDIR")
      throw new RepoError(`Repository path is not a directory: ${dir}`, { cause: err });
    if (code === "EACCES" || code === "EPERM") {
      throw new RepoError(`Repository directory is not readable (permission denied): ${dir}`, {
        cause: err
      });
    }
    throw new RepoError(`Cannot open repository directory ${dir}: ${errorMessage(err)}`, {
      cause: err
    });
  }
}
async function classify(root, realRoot, rel, maxFileBytes) {
  const abs = path.join(root, ...rel.split("/"));
  try {
    const l = await lstat(abs);
    let size = l.size;
    if (l.isSymbolicLink()) {
      let target;
      try {
        target = await realpath(abs);
      } catch (err) {
        const code = errorCode(err);
        if (code === "ENOENT") return { kind: "skip", why: "symlink target does not exist" };
        if (code === "ELOOP") return { kind: "skip", why: "symlink loop" };
        throw err;
      }
      const inside = path.relative(realRoot, target);
      if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) {
        return { kind: "skip", why: "symlink points outside the repository" };
      }
      if (inside.split(path.sep)[0] === ".git")
        return { kind: "skip", why: "symlink points into .git" };
      const t = await stat(target);
      if (!t.isFile()) return { kind: "drop" };
      size = t.size;
    } else if (!l.isFile()) {
      return { kind: "drop" };
    }
    const limit = sizeLimitFor(rel, maxFileBytes);
    if (size > limit) return { kind: "skip", why: tooLargeReason(size, limit), size };
    await access(abs, fsConstants.R_OK);
    return { kind: "file" };
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "drop" };
    if (code === "EACCES" || code === "EPERM") return { kind: "skip", why: "permission denied" };
    return { kind: "skip", why: `unreadable (${code ?? errorMessage(err)})` };
  }
}
async function gitCandidates(root, realRoot) {
  const top = await git(root, ["rev-parse", "--is-inside-work-tree", "--show-toplevel"]);
  if (top === void 0) return void 0;
  const [inside, toplevel] = top.split("\n");
  if (inside !== "true" || !toplevel) return void 0;
  const relToTop = path.relative(toplevel, realRoot);
  if (relToTop !== "" && await gitExitCode(toplevel, ["check-ignore", "-q", "--", relToTop]) === 0) {
    return void 0;
  }
  const out = await git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  if (out === void 0) return void 0;
  return [...new Set(out.split("\0").filter((p) => p !== "" && !p.endsWith("/")))];
}
function gitEnv() {
  const env = { ...process.env };
  for (const key of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"]) delete env[key];
  return env;
}
function git(cwd, args) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, env: gitEnv(), maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => {
      resolve(err ? void 0 : stdout.replace(/\n$/, ""));
    });
  });
}
function gitExitCode(cwd, args) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, env: gitEnv() }, (err) => {
      if (!err) resolve(0);
      else resolve(typeof err.code === "number" ? err.code : void 0);
    });
  });
}
async function walkCandidates(root) {
  const files = [];
  const limit = pLimit(STAT_CONCURRENCY);
  let level = [{ rel: "", scopes: [] }];
  while (level.length > 0) {
    const next = await limit.map(level, (d) => walkDir(root, d.rel, d.scopes, files));
    level = next.flat();
  }
  return files;
}
async function walkDir(root, rel, parentScopes, files) {
  const abs = path.join(root, ...rel === "" ? [] : rel.split("/"));
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch {
    return [];
  }
  let scopes = parentScopes;
  if (entries.some((e) => e.name === ".gitignore" && !e.isDirectory())) {
    const rules = await readFile(path.join(abs, ".gitignore"), "utf8").catch(() => "");
    scopes = [...parentScopes, { base: rel, ig: (0, import_ignore.default)().add(rules) }];
  }
  const subdirs = [];
  for (const e of entries) {
    const isDir = e.isDirectory();
    if (ALWAYS_SKIPPED_DIRS.has(e.name) && (isDir || e.name === ".git")) continue;
    const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
    if (isIgnored(childRel, isDir, scopes)) continue;
    if (isDir) subdirs.push({ rel: childRel, scopes });
    else files.push(childRel);
  }
  return subdirs;
}
function isIgnored(rel, isDir, scopes) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (!scope) continue;
    const sub = scope.base === "" ? rel : rel.slice(scope.base.length + 1);
    const result = scope.ig.test(isDir ? `${sub}/` : sub);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}
function errorCode(err) {
  if (typeof err === "object" && err !== null && "code" in err && typeof err.code === "string")
    return err.code;
  return void 0;
}
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

// src/config/workspace.ts
var ConfigError = class extends InputError {
  constructor(findings) {
    super(findings.map((f) => `${formatLocation(f)} ${f.message}`).join("\n"));
    this.findings = findings;
    this.name = "ConfigError";
  }
  findings;
};
async function openWorkspace(opts, cwd) {
  const root = path2.resolve(cwd, opts.repo ?? ".");
  let files;
  try {
    files = await openLocalRepo(root);
  } catch (error) {
    if (error instanceof RepoError) throw new InputError(error.message);
    throw error;
  }
  const { text, configPath } = await readConfigText(opts, root, cwd, files);
  if (text === void 0) {
    return { root, files, config: defaultConfigFor(), configDiagnostics: [] };
  }
  const loaded = parseConfig(text, configPath);
  if (loaded.errors.length > 0) throw new ConfigError(loaded.errors);
  const config = loaded.config;
  return {
    root,
    files: config.ignore.length > 0 ? withIgnore(files, config.ignore) : files,
    config,
    configPath,
    configDiagnostics: loaded.diagnostics
  };
}
async function readConfigText(opts, root, cwd, files) {
  if (opts.configText !== void 0) {
    return {
      text: opts.configText.text,
      configPath: opts.configText.text === void 0 ? void 0 : opts.configText.path
    };
  }
  if (opts.config !== void 0) return readGivenConfig(opts.config, root, cwd);
  for (const candidate of CONFIG_CANDIDATES) {
    const text = await files.read(candidate);
    if (text !== void 0) return { text, configPath: candidate };
  }
  return {};
}
async function readGivenConfig(given, root, cwd) {
  const tried = [.../* @__PURE__ */ new Set([path2.resolve(root, given), path2.resolve(cwd, given)])];
  for (const absolute of tried) {
    try {
      return { text: await readFile2(absolute, "utf8"), configPath: displayPath(cwd, absolute) };
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      const why = code === "EISDIR" ? "is a directory" : String(code ?? error);
      throw new InputError(`cannot read config ${given} (${absolute}): ${why}`);
    }
  }
  const where = tried.join(" and ");
  throw new InputError(`cannot read config ${given}: no such file (looked for ${where})`);
}
function defaultConfigFor() {
  return parseConfig("", DEFAULT_CONFIG_PATH).config;
}
function displayPath(cwd, absolute) {
  const rel = path2.relative(cwd, absolute);
  return (rel.startsWith("..") ? absolute : rel).split(path2.sep).join("/");
}

export {
  VERSION,
  ConfigError,
  openWorkspace
};
