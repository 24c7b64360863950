#!/usr/bin/env node
import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  VERSION,
  createGitHubClient,
  gitEnv,
  localGitHistory,
  openWorkspace
} from "./chunks/chunk-GY4V7YUM.js";
import {
  BASELINE_PATH,
  CODEOWNERS_LOCATIONS,
  DEFAULT_CONFIG_PATH,
  InputError,
  REPORT_FORMATS,
  allDocumentPaths,
  analyzeFlags,
  checkDocumentsAt,
  countFindings,
  coverageGaps,
  defaultConfig,
  didYouMean,
  docKindOf,
  docKinds,
  docsRun,
  escalationFor,
  findingsOf,
  finish,
  formatCounts,
  formatLocation,
  githubFlagIssues,
  hideToolOutputs,
  isReportFormat,
  isValidTimeZone,
  isoInZone,
  jsonSyntaxError,
  loadCodeowners,
  loadOnCall,
  moduleContext,
  monitorsReport,
  normalizeRepoPath,
  onCallLevelsAt,
  ownersOf,
  parseDateTime,
  renderBaseline,
  renderReport,
  require_picocolors,
  runChecks,
  sameOwner,
  sanitizeForTerminal,
  scheduleTimeline,
  shouldFail,
  silentLog,
  statusOf,
  syncFlagIssues,
  wallClockOf,
  whoIsOnCall,
  yamlRegistryPath
} from "./chunks/chunk-JZZVEPMK.js";
import "./chunks/chunk-32TNWBZQ.js";
import {
  parseFrontMatterYaml,
  parseMarkdown,
  placeholdersIn,
  require_dist,
  textOf,
  walk
} from "./chunks/chunk-AOTJ253C.js";
import "./chunks/chunk-EET4R3HA.js";
import {
  epochDay,
  epochDayOf,
  isoFromEpochDay,
  lifetimePolicy,
  require_mod
} from "./chunks/chunk-DWVM6DTE.js";
import "./chunks/chunk-DE34YFCQ.js";
import "./chunks/chunk-WEBCDPUX.js";
import "./chunks/chunk-UCGWDI4O.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-C2D6PDPM.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a2, b2) => {
            return a2.name().localeCompare(b2.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a2, b2) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a2).localeCompare(getSortKey(b2));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a2, b2) {
      if (Math.abs(a2.length - b2.length) > maxDistance)
        return Math.max(a2.length, b2.length);
      const d2 = [];
      for (let i2 = 0; i2 <= a2.length; i2++) {
        d2[i2] = [i2];
      }
      for (let j2 = 0; j2 <= b2.length; j2++) {
        d2[0][j2] = j2;
      }
      for (let j2 = 1; j2 <= b2.length; j2++) {
        for (let i2 = 1; i2 <= a2.length; i2++) {
          let cost = 1;
          if (a2[i2 - 1] === b2[j2 - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d2[i2][j2] = Math.min(
            d2[i2 - 1][j2] + 1,
            // deletion
            d2[i2][j2 - 1] + 1,
            // insertion
            d2[i2 - 1][j2 - 1] + cost
            // substitution
          );
          if (i2 > 1 && j2 > 1 && a2[i2 - 1] === b2[j2 - 2] && a2[i2 - 2] === b2[j2 - 1]) {
            d2[i2][j2] = Math.min(d2[i2][j2], d2[i2 - 2][j2 - 2] + 1);
          }
        }
      }
      return d2[a2.length][b2.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance2 = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance2) / length;
        if (similarity > minSimilarity) {
          if (distance2 < bestDistance) {
            bestDistance = distance2;
            similar = [candidate];
          } else if (distance2 === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a2, b2) => a2.localeCompare(b2));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path9 = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m2 = regex.exec(val);
            return m2 ? m2[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path9.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path9.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path9.resolve(
            path9.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path9.basename(
              this._scriptPath,
              path9.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path9.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i2) => {
          if (arg.required && this.args[i2] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v2) => {
                  return myParseArg(declaredArg, v2, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i2 = 0;
        while (i2 < args.length || activeGroup) {
          const arg = activeGroup ?? args[i2++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i2));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i2++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i2 < args.length && (!maybeOption(args[i2]) || negativeNumberArg(args[i2]))) {
                  value = args[i2++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i2));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i2));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i2));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i2));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i2 = 0; i2 < len; i2++) {
            const key = this.options[i2].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s2 = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s2} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path9.basename(filename, path9.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path10) {
        if (path10 === void 0) return this._executableDir;
        this._executableDir = path10;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/commands/check.ts
import { mkdir, writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/cli/io.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var UsageError = class extends InputError {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/cli/instant.ts
var ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
var EXAMPLES = "e.g. 2026-11-25, 2026-11-25T12:00 (UTC) or 2026-11-25T12:00+01:00";
function parseInstant(value, option = "--now") {
  const m2 = ISO_INSTANT.exec(value.trim());
  const bad = (why) => new UsageError(`invalid date "${value}" for ${option}: ${why} (${EXAMPLES})`);
  if (!m2) throw bad("not an ISO-8601 date or date-time");
  const [, date, hh, mm, ss, fraction, offset] = m2;
  const day = epochDay(date);
  if (day === null) throw bad(`${date} is not a day of the calendar`);
  const hours = Number(hh ?? 0);
  const minutes = Number(mm ?? 0);
  const seconds = Number(ss ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59)
    throw bad(`${hh}:${mm}:${ss ?? "00"} is not a time of day`);
  let offsetMinutes = 0;
  if (offset !== void 0 && offset.toUpperCase() !== "Z") {
    const digits = offset.replace(":", "");
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 23 || om > 59) throw bad(`${offset} is not a UTC offset`);
    offsetMinutes = (offset.startsWith("-") ? -1 : 1) * (oh * 60 + om);
  }
  const millis = fraction === void 0 ? 0 : Math.floor(Number(`0.${fraction}`) * 1e3);
  const ms = day * 864e5 + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1e3 + millis;
  return new Date(ms);
}

// src/cli/subfolder.ts
import { execFile } from "node:child_process";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
async function subfolderOfRepository(root) {
  const top = await gitOutput(root, ["rev-parse", "--show-toplevel"]);
  if (top === void 0) return void 0;
  let real;
  try {
    real = await realpath(root);
  } catch {
    return void 0;
  }
  const rel = path.relative(await realpath(top).catch(() => top), real);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return void 0;
  if (await gitOutput(top, ["check-ignore", "-q", "--", rel]) !== void 0) return void 0;
  for (const own of [".github", ...CODEOWNERS_LOCATIONS]) {
    if (await exists(path.join(root, own))) return void 0;
  }
  return { top };
}
function subfolderNote(shown, sub) {
  return `ops-steward: note: ${shown} is a folder inside the git repository ${sub.top}, with no .github/ or CODEOWNERS of its own: it is read as if it were the repository root, so the repository's CODEOWNERS and .github/ops-steward.yml are not. For the repository, give its root: --repo ${shellQuote(sub.top)}
`;
}
function shellQuote(p2) {
  return /^[\w./@:-]+$/.test(p2) ? p2 : `'${p2.replace(/'/g, `'\\''`)}'`;
}
async function exists(p2) {
  try {
    await stat(p2);
    return true;
  } catch {
    return false;
  }
}
function gitOutput(cwd, args) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, env: gitEnv() }, (err, stdout) => {
      resolve(err ? void 0 : stdout.replace(/\n$/, ""));
    });
  });
}

// src/cli/context.ts
async function loadRepoContext(opts, io) {
  const ctx = await openWorkspace(opts, io.cwd);
  const sub = await subfolderOfRepository(ctx.root);
  if (sub) io.stderr(subfolderNote(opts.repo ?? ".", sub));
  return ctx;
}
function parseNow(value, option = "--now") {
  return value === void 0 ? /* @__PURE__ */ new Date() : parseInstant(value, option);
}

// src/cli/options.ts
import path2 from "node:path";
var CONFIG_HELP = "config file, looked up in the repository first, then in the current directory (default: .github/ops-steward.yml in the repository)";
function withRepo(command, positional = true) {
  if (positional) command.argument("[dir]", "repository root, the same as --repo (default: .)");
  return command.option("--repo <dir>", "repository root (default: the current directory)").option("--config <path>", CONFIG_HELP);
}
function withOutput(command, formats, jsonShape) {
  return command.addOption(new Option("--format <format>", "output format").choices(formats).default("text")).option("--json", `the same as --format json: ${jsonShape}`);
}
function withClock(command, what) {
  return command.option(
    "--now <iso>",
    `${what} as of this instant: ISO-8601, UTC unless it has an offset (e.g. 2026-11-25, 2026-11-25T09:30+01:00; default: now)`
  ).option("--at <iso>", "the same as --now");
}
function repoOf(positional, flags, cwd) {
  if (positional !== void 0 && flags.repo !== void 0) {
    if (path2.resolve(cwd, positional) !== path2.resolve(cwd, flags.repo)) {
      throw new UsageError(
        `two repositories given: "${positional}" and --repo "${flags.repo}"; give one`
      );
    }
  }
  return positional ?? flags.repo ?? ".";
}
function formatOf(flags) {
  if (flags.json && flags.format !== "text" && flags.format !== "json") {
    throw new UsageError(`--json contradicts --format ${flags.format}; give one`);
  }
  return flags.json ? "json" : flags.format;
}
function nowOf(flags) {
  if (flags.now !== void 0 && flags.at !== void 0 && flags.now !== flags.at) {
    throw new UsageError(`--now ${flags.now} and --at ${flags.at} contradict each other; give one`);
  }
  return flags.now !== void 0 ? parseNow(flags.now, "--now") : parseNow(flags.at, "--at");
}

// src/cli/progress.ts
var PROGRESS_AFTER_MS = 2e3;
var REDRAW_MS = 100;
var SILENT = { update: () => void 0, end: () => void 0 };
function progressLine(io, label) {
  if (!io.stderrIsTty) return SILENT;
  const clock2 = io.clock ?? (() => performance.now());
  const started = clock2();
  let lastDraw = -Infinity;
  let drawn = false;
  const format = new Intl.NumberFormat("en-US");
  return {
    update(done, total) {
      const t2 = clock2();
      if (t2 - started < PROGRESS_AFTER_MS || t2 - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = t2;
      drawn = true;
      io.stderr(`\r\x1B[K${label}: ${format.format(done)} / ${format.format(total)} files`);
    },
    end() {
      if (drawn) io.stderr("\r\x1B[K");
      drawn = false;
    }
  };
}

// src/cli/commands/check.ts
function registerCheckCommand(program2, io) {
  const command = program2.command("check").description("run every enabled check on a repository and report the findings");
  withRepo(command);
  withOutput(command, REPORT_FORMATS, '{"version":1,"summary":{\u2026},"findings":[\u2026]}');
  withClock(command, "evaluate dates");
  command.addOption(
    new Option("--fail-on <level>", "exit 1 when a finding of this severity or worse exists").choices(["error", "warning", "never"]).default("error")
  ).option(
    "--write-baseline",
    `record today's findings in ${BASELINE_PATH}: later runs report only new ones (and one line counting the rest)`
  ).action(async (dir, opts) => {
    const format = formatOf(opts);
    const now = nowOf(opts);
    const repo = repoOf(dir, opts, io.cwd);
    const ctx = await loadRepoContext({ ...opts, repo }, io);
    const progress = progressLine(io, "scanning flags");
    const result = await runChecks(ctx.files, ctx.config, {
      now,
      configPath: ctx.configPath,
      configDiagnostics: ctx.configDiagnostics,
      services: { flagScanProgress: (p2) => progress.update(p2.done, p2.total) },
      baseline: opts.writeBaseline ? "ignore" : "apply"
    }).finally(() => progress.end());
    if (opts.writeBaseline) {
      const target = path3.join(ctx.root, ...BASELINE_PATH.split("/"));
      await mkdir(path3.dirname(target), { recursive: true });
      await writeFile(target, renderBaseline(result.findings, now));
      const recorded = result.findings.filter((f2) => f2.fingerprint !== void 0);
      io.stdout(
        `wrote ${BASELINE_PATH}: ${recorded.length} ${recorded.length === 1 ? "finding" : "findings"} (${formatCounts(countFindings(recorded))}); later runs of check report only new ones
`
      );
      io.setExitCode(EXIT_OK);
      return;
    }
    const reportFormat = isReportFormat(format) ? format : "text";
    io.stdout(
      renderReport(reportFormat, result.findings, {
        color: io.isTty,
        width: io.columns,
        label: repo,
        toolVersion: VERSION,
        generatedAt: now.toISOString(),
        anchorFile: ctx.configPath
      })
    );
    if (reportFormat === "text" && ctx.configPath === void 0) {
      io.stdout(
        `no ${DEFAULT_CONFIG_PATH}: every check ran with its defaults (ops-steward init writes one)
`
      );
    }
    io.setExitCode(shouldFail(result.findings, opts.failOn) ? EXIT_FINDINGS : EXIT_OK);
  });
}

// src/cli/commands/codeowners.ts
import { stat as stat2 } from "node:fs/promises";
import path4 from "node:path";

// src/cli/table.ts
function table(header, rows) {
  const widths = header.map((h2, i2) => Math.max(h2.length, ...rows.map((r2) => r2[i2].length)));
  const line = (cells) => cells.map((c2, i2) => i2 === cells.length - 1 ? c2 : c2.padEnd(widths[i2])).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}
`;
}

// src/cli/commands/codeowners.ts
var PATHS_HELP = "paths relative to the repository root (or to the current directory, when that is where they are; absolute paths inside it work too)";
function registerCodeownersCommands(program2, io, deps = {}) {
  const group = program2.command("codeowners").description("answer ownership questions from CODEOWNERS, exactly as GitHub would");
  const owners = group.command("owners").description("print the code owners of each path and the CODEOWNERS rule that decides it").argument("<path...>", PATHS_HELP);
  withRepo(owners, false);
  withOutput(owners, ["text", "json"], '[{"path","owners","line","pattern"}]');
  owners.action(async (paths, opts) => {
    const json = formatOf(opts) === "json";
    const ctx = await loadRepoContext(opts, io);
    const codeowners = await requireCodeowners(ctx, io);
    const rows = [];
    for (const p2 of paths) {
      const target = await toRepoPath(p2, ctx.root, io, !json);
      rows.push(shownAs(ownersOf(codeowners, lookupPath(target)), target));
    }
    io.stdout(json ? `${JSON.stringify(rows)}
` : ownersTable(rows, codeowners.path));
    io.setExitCode(EXIT_OK);
  });
  const whoOwns = program2.command("who-owns").description("owners of each path, their team, its escalation policy and who is on call").argument("<path...>", PATHS_HELP);
  withRepo(whoOwns, false);
  withOutput(
    whoOwns,
    ["text", "json"],
    '[{"path","owners","line","pattern","team","policy","onCall"}]'
  );
  withClock(whoOwns, "answer who is on call");
  whoOwns.action(async (paths, opts) => {
    const json = formatOf(opts) === "json";
    const at = nowOf(opts);
    const ctx = await loadRepoContext(opts, io);
    const codeowners = await requireCodeowners(ctx, io);
    const directory = await (deps.onCallDirectory ?? ((c2) => repoOnCall(c2, io)))(ctx);
    const rows = [];
    for (const p2 of paths) {
      const target = await toRepoPath(p2, ctx.root, io, !json);
      const options = { config: ctx.config.codeowners, at, directory };
      rows.push(shownAs(escalationFor(codeowners, lookupPath(target), options), target));
    }
    io.stdout(json ? `${JSON.stringify(rows)}
` : escalationTable(rows, codeowners.path));
    io.setExitCode(EXIT_OK);
  });
}
async function requireCodeowners(ctx, io) {
  const { codeowners, findings } = await loadCodeowners(ctx.files);
  const unreadable = findings.find((f2) => f2.ruleId === "codeowners/unreadable");
  if (unreadable) throw new UsageError(unreadable.message);
  if (!codeowners) {
    throw new UsageError(
      `no CODEOWNERS file in ${ctx.root}: GitHub looks for ${CODEOWNERS_LOCATIONS.join(", ")} (first found wins)`
    );
  }
  for (const f2 of [...findings, ...codeowners.problems]) {
    if (f2.severity === "notice") continue;
    io.stderr(`${f2.severity}: ${formatLocation(f2)} ${f2.message}
`);
  }
  return codeowners;
}
async function repoOnCall(ctx, io) {
  const { directory, findings } = await loadOnCall(ctx.files, ctx.config.oncall);
  for (const f2 of findings) {
    if (f2.severity !== "notice") io.stderr(`${f2.severity}: ${formatLocation(f2)} ${f2.message}
`);
  }
  return directory;
}
async function toRepoPath(arg, root, io, noteMissing) {
  const absolute = path4.isAbsolute(arg);
  const slash = /[/\\]$/.test(arg);
  const asGiven = repoRelative(absolute ? path4.relative(root, arg) : arg);
  const candidates = [asGiven];
  if (!absolute) candidates.push(repoRelative(path4.relative(root, path4.resolve(io.cwd, arg))));
  for (const candidate of candidates) {
    if (candidate === void 0) continue;
    const kind = await kindOf(path4.join(root, candidate));
    if (kind !== void 0) return { path: candidate, folder: slash || kind === "folder" };
  }
  if (asGiven === void 0) {
    const shown = absolute ? arg : path4.relative(io.cwd, path4.resolve(root, arg)) || arg;
    throw new UsageError(`"${shown}" is not a path inside the repository ${root}`);
  }
  if (noteMissing)
    io.stderr(
      `ops-steward: note: ${asGiven} is no file or folder of the repository (yet): owners as GitHub would give them to it
`
    );
  return { path: asGiven, folder: slash };
}
function lookupPath(target) {
  return target.folder ? `${target.path}/\0` : target.path;
}
function shownAs(row, target) {
  return { ...row, path: target.folder ? `${target.path}/` : target.path };
}
function repoRelative(rel) {
  const clean = normalizeRepoPath(rel.split(path4.sep).join("/"));
  if (clean === "" || clean === "." || clean === ".." || clean.startsWith("../")) return void 0;
  return clean;
}
async function kindOf(p2) {
  return stat2(p2).then(
    (s2) => s2.isDirectory() ? "folder" : "file",
    () => void 0
  );
}
function ownersTable(rows, file) {
  return table(
    ["PATH", "OWNERS", "RULE"],
    rows.map((r2) => [r2.path, ownersCell(r2), ruleCell(r2, file)])
  );
}
function escalationTable(rows, file) {
  return table(
    ["PATH", "OWNERS", "TEAM", "POLICY", "ON CALL", "RULE"],
    rows.map((r2) => [
      r2.path,
      ownersCell(r2),
      r2.team ?? "-",
      r2.policy ?? "-",
      onCallCell(r2.onCall),
      ruleCell(r2, file)
    ])
  );
}
function ownersCell(r2) {
  if (r2.owners.length > 0) return r2.owners.join(" ");
  return r2.line === null ? "(no owner)" : "(un-assigned)";
}
function ruleCell(r2, file) {
  return r2.line === null ? "(no matching rule)" : `${file}:${r2.line} ${r2.pattern ?? ""}`;
}
function onCallCell(levels) {
  if (levels === null) return "-";
  if (levels.length === 0) return "(nobody)";
  return levels.map((l2) => `L${l2.level} ${l2.people.join(", ") || "(nobody)"}`).join("; ");
}

// src/cli/commands/flags.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/flags/invalid.ts
function entryErrors(flags, findings) {
  const start = (f2) => Math.min(f2.metadataLine ?? f2.line, f2.line);
  const entries = [...flags].sort((a2, b2) => start(a2) - start(b2));
  const out = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.severity !== "error" || finding.line === void 0) continue;
    const line = finding.line;
    let owner;
    for (const entry of entries) {
      if (entry.file !== finding.file || start(entry) > line) continue;
      owner = entry;
    }
    if (!owner) continue;
    const list = out.get(owner.key) ?? [];
    list.push(finding);
    out.set(owner.key, list);
  }
  return out;
}

// src/cli/commands/flags-sync.ts
import { execFileSync } from "node:child_process";
var offlineTracker = {
  findExisting: async () => [],
  lookUpPeople: async (_repo, candidates) => ({
    assignable: new Set(
      candidates.filter((c2) => c2.startsWith("@") && !c2.includes("/")).map((c2) => c2.slice(1).toLowerCase())
    ),
    teamMembers: /* @__PURE__ */ new Map()
  }),
  missingLabels: async (_repo, specs) => [...specs],
  apply: async () => {
    throw new Error("the offline tracker never writes");
  }
};
function registerFlagsSyncCommand(group, io) {
  const sync = group.command("sync").description(
    "the flag-issue sweep's plan: which issue it would create, update or close, for which flag and owner (--dry-run)"
  ).option(
    "--dry-run",
    "print the plan and change nothing (required: real sweeps run in the Action or the App)"
  ).option(
    "--github-repo <owner/name>",
    'the repository whose issues are read (default: from the git remote "origin")'
  ).option(
    "--api-url <url>",
    "GitHub API root (GitHub Enterprise Server); default GITHUB_API_URL or api.github.com"
  );
  withRepo(sync);
  withClock(sync, "flag states");
  withOutput(
    sync,
    ["text", "json"],
    '{"token":bool,"planned":[{"kind","key","issue","reason","writes"}]}'
  );
  sync.action(async (dir, opts) => {
    if (!opts.dryRun)
      throw new UsageError(
        "flags sync changes issues only from the Action (command: flags-sync) or the App; run it here with --dry-run to see the plan"
      );
    const root = repoOf(dir, opts, io.cwd);
    const ctx = await loadRepoContext({ ...opts, repo: root }, io);
    const token = process.env.GITHUB_TOKEN?.trim() || process.env.GH_TOKEN?.trim() || "";
    const target = opts.githubRepo ?? originRepository(ctx.root);
    const m2 = /^([^/\s]+)\/([^/\s]+)$/.exec(target ?? "");
    if (token && !m2)
      throw new UsageError(
        'give --github-repo OWNER/NAME: the git remote "origin" does not name a GitHub repository'
      );
    const [owner, repo] = m2 ? [m2[1], m2[2]] : ["local", "repository"];
    const lines = [];
    const result = await syncFlagIssues({
      tracker: token ? githubFlagIssues(
        createGitHubClient({
          token,
          baseUrl: opts.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com",
          userAgent: "ops-steward-cli",
          log: { warning: (w2) => lines.push(`warning: ${w2}`), debug: () => void 0 }
        })
      ) : offlineTracker,
      owner,
      repo,
      sha: headSha(ctx.root),
      files: ctx.files,
      config: ctx.config,
      now: nowOf(opts),
      dryRun: true,
      log: {
        ...silentLog,
        info: (l2) => lines.push(l2),
        warning: (w2) => lines.push(`warning: ${w2}`)
      },
      lastReferenceCommit: localGitHistory(ctx.root)
    });
    if (formatOf(opts) === "json") {
      io.stdout(
        `${JSON.stringify({ token: Boolean(token), planned: result.planned, ...result.error ? { error: result.error } : {} })}
`
      );
    } else {
      const head = token ? `flags sync --dry-run on ${owner}/${repo} (issues read with the token; nothing is written):` : "flags sync --dry-run without a token: no issue is read, so every flag that needs attention would get a new one, and owners are taken as assignable:";
      io.stdout(sanitizeForTerminal([head, ...lines].join("\n")) + "\n");
    }
    io.setExitCode(result.error ? EXIT_FINDINGS : EXIT_OK);
  });
}
function originRepository(root) {
  try {
    const url = execFileSync("git", ["remote", "get-url", "origin"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
    return /[:/]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return void 0;
  }
}
function headSha(root) {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
  } catch {
    return "0".repeat(40);
  }
}

// src/cli/commands/flags.ts
var HINT = "// ops-steward-flags: key-a, key-b";
function registerFlagsCommands(program2, io) {
  const group = program2.command("flags").description("feature flags: where code reads them and the state of each declared flag");
  registerFlagsSyncCommand(group, io);
  const scan = group.command("scan").description(
    "list every flag reference in the code, and the calls whose flag key cannot be resolved"
  );
  withRepo(scan);
  withOutput(scan, ["text", "json"], '{"references":[\u2026],"unresolved":[\u2026]}');
  scan.action(async (dir, opts) => {
    const json = formatOf(opts) === "json";
    const { analysis } = await analyzeWithConfig(dir, opts, io);
    const { references, unresolved, registryUses } = analysis.scan;
    const uses = registryUses?.length ? { registryUses } : {};
    io.stdout(
      json ? `${JSON.stringify({ references: references.map(referenceJson), unresolved: unresolved.map(unresolvedJson), ...uses })}
` : scanText(references, unresolved, io.isTty)
    );
    io.setExitCode(EXIT_OK);
  });
  const status = group.command("status").description(
    "state of every declared and every undeclared referenced flag: active, expiring, expired, orphaned, undeclared, permanent, or invalid (an entry with a registry error, shown with it)"
  );
  withRepo(status);
  withOutput(
    status,
    ["text", "json"],
    '{"flags":[{"key","owners","type","created","expires","state","references","patternReferences"}]} (and "error" on an invalid row)'
  );
  withClock(status, "evaluate expiry");
  status.action(async (dir, opts) => {
    const json = formatOf(opts) === "json";
    const now = nowOf(opts);
    const { analysis, config } = await analyzeWithConfig(dir, opts, io);
    const rows = withInvalid(statusOf(analysis, config, now), analysis);
    io.stdout(
      json ? `${JSON.stringify({ flags: rows.map(statusJson) })}
` : statusText(rows, analysis, io.isTty)
    );
    io.setExitCode(
      countFindings(findingsOf(analysis, config, now)).errors > 0 ? EXIT_FINDINGS : EXIT_OK
    );
  });
}
function withInvalid(rows, analysis) {
  const errors = entryErrors(analysis.registry.flags, analysis.registry.findings);
  return rows.map((row) => {
    const problems = row.state === "undeclared" ? void 0 : errors.get(row.key);
    if (!problems) return row;
    const error = problems.map((f2) => `${formatLocation(f2)} ${f2.message}`).join("; ");
    return { ...row, state: "invalid", error };
  });
}
async function analyzeWithConfig(dir, opts, io) {
  const ctx = await loadRepoContext({ ...opts, repo: repoOf(dir, opts, io.cwd) }, io);
  const config = ctx.config.flags;
  const progress = progressLine(io, "scanning flags");
  const analysis = await analyzeFlags(hideToolOutputs(ctx.files), config, {
    onProgress: (p2) => progress.update(p2.done, p2.total)
  }).finally(() => progress.end());
  for (const f2 of analysis.registry.findings) {
    if (f2.severity === "notice") continue;
    io.stderr(sanitizeForTerminal(`${f2.severity}: ${formatLocation(f2)} ${f2.message}`) + "\n");
  }
  return { analysis, config };
}
function referenceJson(r2) {
  return {
    key: r2.key,
    pattern: r2.pattern,
    file: r2.file,
    line: r2.line,
    column: r2.column,
    via: r2.via,
    accessor: r2.accessor
  };
}
function unresolvedJson(u2) {
  return {
    file: u2.file,
    line: u2.line,
    column: u2.column,
    accessor: u2.accessor,
    expression: u2.expression
  };
}
function statusJson(s2) {
  return {
    key: s2.key,
    owners: [...s2.owners],
    type: s2.type,
    created: s2.created,
    expires: s2.expires,
    state: s2.state,
    references: s2.references,
    patternReferences: s2.patternReferences,
    ...s2.error !== void 0 ? { error: s2.error } : {},
    ...s2.iteratedAt ? { iteratedAt: [...s2.iteratedAt] } : {},
    ...s2.onlyTextReferences ? { onlyTextReferences: true } : {}
  };
}
function scanText(references, unresolved, color) {
  const c2 = import_picocolors.default.createColors(color);
  const parts = [];
  if (references.length > 0) {
    parts.push(
      table2(
        ["FLAG", "VIA", "ACCESSOR", "LOCATION"],
        references.map((r2) => [
          r2.key ?? `${r2.pattern ?? "?"} (pattern)`,
          r2.via,
          r2.accessor,
          formatLocation(r2)
        ])
      )
    );
  }
  if (unresolved.length > 0) {
    parts.push(
      `${c2.yellow("Unresolved")} \u2014 name the keys in a comment on the line above: ${HINT}
`
    );
    parts.push(
      table2(
        ["LOCATION", "ACCESSOR", "EXPRESSION"],
        unresolved.map((u2) => [formatLocation(u2), u2.accessor, u2.expression.replace(/\s+/g, " ")])
      )
    );
  }
  const keys = new Set(references.filter((r2) => r2.key !== null).map((r2) => r2.key));
  const patterns = references.filter((r2) => r2.key === null).length;
  parts.push(
    `${plural(references.length, "reference")} (${plural(keys.size, "flag key")}, ${plural(patterns, "pattern")}), ${unresolved.length} unresolved
`
  );
  return sanitizeForTerminal(parts.join("\n"));
}
function statusText(rows, analysis, color) {
  if (rows.length === 0) {
    const where = analysis.registryExists ? `in ${analysis.registryPath}` : `(there is no ${analysis.registryPath})`;
    return sanitizeForTerminal(`No flags declared ${where} and none referenced in the code.
`);
  }
  const c2 = import_picocolors.default.createColors(color);
  const paint = {
    invalid: c2.red,
    active: c2.green,
    permanent: c2.cyan,
    expiring: c2.yellow,
    orphaned: c2.yellow,
    undeclared: c2.yellow,
    expired: c2.red
  };
  const body = table2(
    ["FLAG", "STATE", "OWNERS", "TYPE", "CREATED", "EXPIRES", "REFS", "PATTERN REFS"],
    rows.map((r2) => [
      sanitizeForTerminal(r2.key),
      r2.state,
      sanitizeForTerminal(r2.owners.join(" ")) || "-",
      sanitizeForTerminal(r2.type ?? "-"),
      r2.created ?? "-",
      r2.expires ?? (r2.state === "permanent" ? "never" : "-"),
      r2.onlyTextReferences ? `${r2.references} (only text references)` : r2.onlyTestReferences ? `${r2.references} (only tests)` : String(r2.references),
      String(r2.patternReferences)
    ]),
    { 1: (cell) => paint[cell.trim()]?.(cell) ?? cell }
  );
  const errors = rows.filter((r2) => r2.error !== void 0).map((r2) => `${c2.red("invalid")} ${sanitizeForTerminal(`${r2.key}: ${r2.error ?? ""}`)}`);
  const counts = /* @__PURE__ */ new Map();
  for (const r2 of rows) counts.set(r2.state, (counts.get(r2.state) ?? 0) + 1);
  const summary = [...counts.entries()].map(([state, n2]) => `${n2} ${state}`).join(", ");
  const notes = errors.length > 0 ? `
${errors.join("\n")}
` : "";
  return `${body}${notes}
${plural(rows.length, "flag")}: ${summary}
`;
}
function plural(n2, noun) {
  return `${n2} ${noun}${n2 === 1 ? "" : "s"}`;
}
function table2(header, rows, paint = {}) {
  const widths = header.map((h2, i2) => Math.max(h2.length, ...rows.map((r2) => r2[i2].length)));
  const line = (cells, colored) => cells.map((cell, i2) => {
    const padded = i2 === cells.length - 1 ? cell : cell.padEnd(widths[i2]);
    return colored && paint[i2] ? paint[i2](padded) : padded;
  }).join("  ").trimEnd();
  return `${[line(header, false), ...rows.map((r2) => line(r2, true))].join("\n")}
`;
}

// src/cli/commands/docs.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";

// src/docs/new-document.ts
var import_yaml = __toESM(require_dist(), 1);
import path5 from "node:path/posix";
function newDocument(input) {
  const slug2 = slugify(input.title);
  if (slug2 === "")
    return {
      ok: false,
      error: `the title "${input.title}" has no letters or digits to name the file after`
    };
  const dir = input.dir !== void 0 ? path5.normalize(input.dir).replace(/^\.\/?|\/+$/g, "") : datedFolder(folderOf(input.kind, input.existing), input.date);
  if (dir.startsWith(".."))
    return { ok: false, error: `--dir ${input.dir} is outside the repository` };
  const name = input.kind.fileName.replaceAll("{date}", input.date).replaceAll("{slug}", slug2);
  const file = dir === "" ? name : `${dir}/${name}`;
  if (!input.kind.matches(file)) {
    return {
      ok: false,
      error: `${file} would not be checked as a ${input.kind.name} (docs.kinds.${input.kind.name}.paths: ${input.kind.paths.join(", ")}): pick a --dir inside them`
    };
  }
  return { ok: true, path: file, text: fillTemplate(input.template.text, input.title, input.date) };
}
function folderOf(kind, existing) {
  const counts = /* @__PURE__ */ new Map();
  for (const p2 of existing) counts.set(path5.dirname(p2), (counts.get(path5.dirname(p2)) ?? 0) + 1);
  const best = [...counts].sort((a2, b2) => b2[1] - a2[1] || a2[0].localeCompare(b2[0]))[0];
  if (best) return best[0] === "." ? "" : best[0];
  const fixed = [];
  for (const segment of (kind.paths[0] ?? "").split("/")) {
    if (segment === "**") {
      if (fixed.length === 0) continue;
      break;
    }
    if (/[*?[\]{}!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join("/");
}
function datedFolder(dir, date) {
  const segments = dir.split("/");
  const at = segments.findIndex((s2) => /^(?:19|20)\d{2}$/.test(s2));
  if (at < 0) return dir;
  const [year, month] = date.split("-");
  segments[at] = year;
  const below = segments[at + 1];
  if (below !== void 0 && /^q[1-4]$/i.test(below))
    segments[at + 1] = `${below[0]}${Math.ceil(Number(month) / 3)}`;
  else if (below !== void 0 && /^(?:0[1-9]|1[0-2])$/.test(below)) segments[at + 1] = month;
  return segments.join("/");
}
function slugify(title) {
  return title.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
}
var TITLE = "title";
var DATE = "date";
function fillTemplate(text, title, date) {
  const md = parseMarkdown("template", text);
  const edits = [];
  const titleHeading = md.headings.find((h2) => h2.depth === 1);
  const titleAny = titleHeading !== void 0 && placeholdersIn(textOf(titleHeading)).length === 1;
  const fill = (node, inTitle) => walk(node, (n2) => {
    if (n2 !== node && n2 === titleHeading) return false;
    if (n2.type !== "text" || !n2.position) return;
    const from = n2.position.start.offset ?? 0;
    const source = md.text.slice(from, n2.position.end.offset);
    for (const p2 of placeholdersIn(source)) {
      const name = inTitle ? TITLE : p2.inner.toLowerCase();
      if (name === TITLE || name === DATE)
        edits.push({ from: from + p2.from, to: from + p2.to, text: name === TITLE ? title : date });
    }
  });
  if (titleHeading) fill(titleHeading, titleAny);
  fill(md.tree, false);
  const fm = md.frontMatter;
  if (fm?.position) {
    const { doc } = parseFrontMatterYaml(fm);
    const start = (fm.position.start.offset ?? 0) + md.text.slice(fm.position.start.offset).indexOf("\n") + 1;
    if ((0, import_yaml.isMap)(doc.contents)) {
      for (const pair of doc.contents.items) {
        const v2 = pair.value;
        if (!(0, import_yaml.isScalar)(v2) || typeof v2.value !== "string" || !v2.range) continue;
        const filled = v2.value === "YYYY-MM-DD" ? date : fillNames(v2.value, title, date);
        if (filled === v2.value) continue;
        const text2 = v2.value === "YYYY-MM-DD" ? date : JSON.stringify(filled);
        edits.push({ from: start + v2.range[0], to: start + v2.range[1], text: text2 });
      }
    }
  }
  let out = md.text;
  for (const e3 of edits.sort((a2, b2) => b2.from - a2.from))
    out = out.slice(0, e3.from) + e3.text + out.slice(e3.to);
  return out;
}
function fillNames(value, title, date) {
  let out = "";
  let last = 0;
  for (const p2 of placeholdersIn(value)) {
    const name = p2.inner.toLowerCase();
    if (name !== TITLE && name !== DATE) continue;
    out += value.slice(last, p2.from) + (name === TITLE ? title : date);
    last = p2.to;
  }
  return out + value.slice(last);
}

// src/cli/commands/docs.ts
function registerDocsCommands(program2, io) {
  const group = program2.command("docs").description("postmortems and runbooks: check them against their templates, start new ones");
  const check = group.command("check").description(
    "check documents against their kind's template (default: every document of every kind)"
  ).argument("[file...]", "documents to check, relative to the current directory");
  withRepo(check, false);
  withOutput(check, ["text", "json"], '{"findings":[Finding\u2026]}');
  check.action(async (files, opts) => {
    const format = formatOf(opts);
    const ctx = await loadRepoContext(opts, io);
    const now = /* @__PURE__ */ new Date();
    const findings = files.length === 0 ? (
      // The run's notices about files skipped elsewhere in the tree are not about documents;
      // a document the reader skipped (binary, too large, a link) is, or it would vanish silently.
      (await runChecks(ctx.files, ctx.config, {
        now,
        configPath: ctx.configPath,
        only: ["docs"]
      })).findings.filter(
        (f2) => f2.ruleId.startsWith("docs/") || f2.file !== void 0 && docKindOf(ctx.config, f2.file) !== void 0
      )
    ) : await checkFiles(ctx, files, now, io);
    io.stdout(
      format === "json" ? (
        // `order` only sorts findings (src/findings.ts): no output shows it.
        `${JSON.stringify({ findings: findings.map(({ order: _order, ...f2 }) => f2) })}
`
      ) : renderReport("text", findings, {
        color: io.isTty,
        width: io.columns,
        label: opts.repo ?? "."
      })
    );
    io.setExitCode(shouldFail(findings, "error") ? EXIT_FINDINGS : EXIT_OK);
  });
  const create = group.command("new").description("write a new document from its kind's template, with today's date").argument("<kind>", "postmortem, runbook, or a kind of docs.kinds").argument("<title>", 'the title, e.g. "Checkout unavailable for 42 minutes"').option(
    "--dir <dir>",
    "folder for the file, relative to the repository (default: where the kind's documents are)"
  );
  withRepo(create, false);
  withClock(create, "the new document's date (its UTC day)");
  create.action(async (kindName, title, opts) => {
    const date = nowOf(opts).toISOString().slice(0, 10);
    const ctx = await loadRepoContext(opts, io);
    const kinds = docKinds(ctx.config);
    const kind = kinds.find((k2) => k2.name === kindName);
    if (!kind) {
      throw new UsageError(
        `unknown kind "${kindName}": the kinds are ${kinds.map((k2) => k2.name).join(", ")} (docs.kinds)`
      );
    }
    const mctx = moduleContext(ctx.files, ctx.config, {
      now: /* @__PURE__ */ new Date(),
      configPath: ctx.configPath
    });
    const template = await docsRun(mctx).template(kind);
    if (!template.ok) throw new UsageError(template.problem.message);
    const existing = (await allDocumentPaths(mctx)).filter((p2) => kind.matches(p2));
    const made = newDocument({
      kind,
      template: template.spec,
      title,
      date,
      existing,
      ...opts.dir !== void 0 ? { dir: opts.dir.split(path6.sep).join("/") } : {}
    });
    if (!made.ok) throw new UsageError(made.error);
    const target = path6.join(ctx.root, ...made.path.split("/"));
    await mkdir2(path6.dirname(target), { recursive: true });
    try {
      await writeFile2(target, made.text, { flag: "wx" });
    } catch (error) {
      if (error.code === "EEXIST") {
        throw new UsageError(
          `${made.path} already exists: it is left as it is (choose another title)`
        );
      }
      throw error;
    }
    io.stdout(`${made.path}
`);
    io.setExitCode(EXIT_OK);
  });
}
async function checkFiles(ctx, files, now, io) {
  const mctx = moduleContext(ctx.files, ctx.config, { now, configPath: ctx.configPath });
  const listed = new Set(await ctx.files.list());
  const kinds = docKinds(ctx.config);
  const paths = [];
  for (const file of files) {
    const rel = repoRelative2(file, ctx.root, io.cwd);
    if (!listed.has(rel)) {
      const skipped = ctx.files.notices().find((n2) => n2.file === rel);
      throw new UsageError(
        skipped ? `${file}: ${skipped.message}` : `${file}: no such file in ${ctx.root}`
      );
    }
    if (!kinds.some((k2) => k2.matches(rel))) {
      io.stderr(`ops-steward: ${file} is not a document of any kind (docs.kinds): not checked
`);
      continue;
    }
    paths.push(rel);
  }
  return finish(await checkDocumentsAt(mctx, paths), mctx);
}
function repoRelative2(file, root, cwd) {
  const rel = path6.relative(root, path6.resolve(cwd, file)).split(path6.sep).join("/");
  if (rel === "" || rel.startsWith("..") || path6.isAbsolute(rel)) {
    throw new UsageError(`"${file}" is not inside the repository ${root}`);
  }
  return rel;
}

// src/cli/commands/monitors.ts
var READ_PROBLEMS = /* @__PURE__ */ new Set([
  "monitors/parse-error",
  "monitors/invalid-monitor",
  "monitors/unknown-shape"
]);
function registerMonitorsCommands(program2, io) {
  const group = program2.command("monitors").description("monitors kept as code (Datadog, Prometheus): which page, and their runbooks");
  const list = group.command("list").description("every monitor: whether it pages, whom it notifies, its runbook and its state");
  withRepo(list);
  withOutput(
    list,
    ["text", "json"],
    '[{"file","line","name","source","paging","handles","runbook","runbookStatus"}]'
  );
  list.action(async (dir, opts) => {
    const json = formatOf(opts) === "json";
    const repo = await loadRepoContext({ ...opts, repo: repoOf(dir, opts, io.cwd) }, io);
    const ctx = moduleContext(repo.files, repo.config, {
      now: parseNow(void 0),
      configPath: repo.configPath
    });
    const report = await monitorsReport(ctx);
    for (const f2 of report.findings) {
      if (READ_PROBLEMS.has(f2.ruleId)) {
        io.stderr(`${f2.severity}: ${formatLocation(f2)} ${sanitizeForTerminal(f2.message)}
`);
      }
    }
    const { paging, valid } = report.coverage;
    io.stdout(
      json ? `${JSON.stringify(report.rows)}
` : `${table3(report.rows)}${valid} of ${paging} paging monitors link a valid runbook
`
    );
    io.setExitCode(EXIT_OK);
  });
}
function table3(rows) {
  if (rows.length === 0) return "No monitors found under monitors.paths.\n";
  const header = ["MONITOR", "SOURCE", "PAGES", "RUNBOOK", "WHERE"];
  const cells = rows.map((r2) => [
    sanitizeForTerminal(r2.name),
    r2.source,
    r2.paging ? r2.handles.filter(Boolean).join(" ") || "yes" : "-",
    r2.runbookStatus === null ? "-" : `${r2.runbookStatus}${r2.runbook ? ` ${sanitizeForTerminal(r2.runbook)}` : ""}`,
    `${r2.file}:${r2.line}`
  ]);
  const widths = header.map((h2, i2) => Math.max(h2.length, ...cells.map((c2) => c2[i2].length)));
  const line = (c2) => c2.map((v2, i2) => i2 === c2.length - 1 ? v2 : v2.padEnd(widths[i2])).join("  ").trimEnd();
  return `${[line(header), ...cells.map(line)].join("\n")}
`;
}

// src/cli/commands/init.ts
import { mkdir as mkdir3, readFile, stat as stat3, writeFile as writeFile3 } from "node:fs/promises";
import path7 from "node:path";

// src/init/scaffold.ts
var import_yaml2 = __toESM(require_dist(), 1);
var CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/ops-steward/ops-steward/main/schemas/config.schema.json";
var REGISTRY_SCHEMA_URL = "https://raw.githubusercontent.com/ops-steward/ops-steward/main/schemas/flags.schema.json";
var SEED_TYPE = "release";
function seedRegistry(scan, codeowners, config, now) {
  const byKey = /* @__PURE__ */ new Map();
  for (const ref of scan.references) {
    if (ref.key === null || ref.via === "text") continue;
    const list = byKey.get(ref.key) ?? [];
    list.push(ref);
    byKey.set(ref.key, list);
  }
  const flags = [...byKey.entries()].sort(([a2], [b2]) => a2 < b2 ? -1 : a2 > b2 ? 1 : 0).map(([key, refs]) => {
    const first = [...refs].sort(byLocation)[0];
    const owners = codeowners ? ownersOf(codeowners, first.file).owners : [];
    return { key, owners, first, references: refs.length };
  });
  const patterns = [
    ...new Set(
      scan.references.filter((r2) => r2.key === null && r2.pattern !== null).map((r2) => r2.pattern)
    )
  ].sort();
  const today = epochDayOf(now);
  const created = isoFromEpochDay(today);
  const lifetime = lifetimePolicy(config, SEED_TYPE);
  const expires = lifetime ? isoFromEpochDay(epochDay(created) + lifetime.days) : void 0;
  const doc = new import_yaml2.Document({ flags: {} });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${REGISTRY_SCHEMA_URL}`,
    " Every feature flag the code reads, with who owns it and when it must be gone.",
    ` Seeded by \`ops-steward init\` on ${created} from the flags the code reads today: each is`,
    ` type ${SEED_TYPE}, owned by the CODEOWNERS owners of the file that reads it first,`,
    ` expiring ${lifetime ? `${lifetime.days} days from today (${lifetime.source})` : "when you decide"}.`,
    " Check each owner, describe each flag, and give kill switches and permissions their own type.",
    ...patterns.length > 0 ? [
      " The code also builds flag names at run time, so declare every flag these patterns can make:",
      ...patterns.map((p2) => `   ${p2}`)
    ] : []
  ].join("\n");
  const map = doc.get("flags", true);
  if (!(0, import_yaml2.isMap)(map)) throw new Error("unreachable: the document was built with a flags map");
  for (const flag of flags) {
    const entry = new import_yaml2.YAMLMap();
    if (flag.owners.length === 1) entry.set("owner", flag.owners[0]);
    else if (flag.owners.length > 1) entry.set("owner", flag.owners);
    entry.set("created", created);
    if (expires) entry.set("expires", expires);
    entry.set("type", SEED_TYPE);
    entry.set("description", `Read in ${formatLocation(flag.first)}`);
    const key = doc.createNode(flag.key);
    if (flag.owners.length === 0) {
      key.commentBefore = ` owner: missing \u2014 no CODEOWNERS rule owns ${flag.first.file}; add @user, @org/team or an email`;
    }
    map.items.push(doc.createPair(key, entry));
  }
  const text = doc.toString({ lineWidth: 0, singleQuote: true });
  return { text, flags, patterns };
}
function starterConfig(config) {
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# ops-steward: every key is optional and shown here with its default. Reference: the README.",
    "checks: # switch a check module off with false",
    "  flags: true",
    "  codeowners: true",
    "ignore: [] # paths no check reads, e.g. ['vendor/**']",
    "",
    "flags:",
    `  registry: ${config.registry} # the flag registry, repository-relative`,
    `  expiringWithinDays: ${config.expiringWithinDays} # warn this many days before a flag expires`,
    "  lifetimeDays: # longest a temporary flag may live (created or renewedFrom \u2192 expires)",
    `    default: ${config.lifetimeDays.default ?? 30}`,
    "",
    "codeowners:",
    "  requireOwners: [] # files here must have a code owner, e.g. ['src/**']",
    ""
  ].join("\n");
}
function byLocation(a2, b2) {
  return (a2.file < b2.file ? -1 : a2.file > b2.file ? 1 : 0) || a2.line - b2.line || a2.column - b2.column;
}

// src/init/workflows.ts
var PULL_REQUEST_WORKFLOW = {
  path: ".github/workflows/ops-steward.yml",
  text: `# .github/workflows/ops-steward.yml
name: ops-steward
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read # the checkout, and the config and flag registry at the PR's base commit
      pull-requests: write # the sticky PR comment (read-only on fork PRs: the comment is skipped, nothing fails)
      security-events: write # only for the SARIF upload below
    steps:
      - uses: actions/checkout@v5
      - id: steward
        uses: ops-steward/ops-steward@v0
        with:
          fail-on: error # error | warning | never
      - name: Upload findings to code scanning
        # Runs even when the check failed; skipped on fork PRs, whose token cannot write security events.
        if: always() && steps.steward.outputs.sarif && !github.event.pull_request.head.repo.fork
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.steward.outputs.sarif }}
          category: ops-steward
`
};
var FLAG_SWEEP_WORKFLOW = {
  path: ".github/workflows/ops-steward-flags.yml",
  text: `# .github/workflows/ops-steward-flags.yml
name: ops-steward flags
on:
  schedule:
    - cron: '17 6 * * 1-5' # weekday mornings: expiring flags surface before they expire
  workflow_dispatch:
    inputs:
      dry-run:
        description: Only list what would change
        type: boolean
        default: false

# One sweep at a time per repository; a queued one waits instead of racing the running one.
concurrency:
  group: ops-steward-flags-sync
  cancel-in-progress: false

permissions:
  contents: read

jobs:
  sweep:
    runs-on: ubuntu-latest
    permissions:
      contents: read # the checkout
      issues: write # create, update, label, assign, comment on and close the flag issues
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # full history: the closing comment names the commit that removed the flag
      - id: sweep
        uses: ops-steward/ops-steward@v0
        with:
          command: flags-sync
          dry-run: \${{ inputs.dry-run || false }}
      - run: echo "created \${{ steps.sweep.outputs.created }}, updated \${{ steps.sweep.outputs.updated }}, closed \${{ steps.sweep.outputs.closed }}"
`
};
var WORKFLOWS = [PULL_REQUEST_WORKFLOW, FLAG_SWEEP_WORKFLOW];

// src/cli/commands/init.ts
function registerInitCommand(program2, io) {
  const command = program2.command("init").description(
    "scaffold .github/ops-steward.yml, a flags.yml seeded from the flags the code reads, and the two workflows; never overwrites a file without --force"
  );
  withRepo(command);
  withOutput(
    command,
    ["text", "json"],
    '{"files":[{"path","action"}],"flags":[{"key","owners","file","line","column"}],"patterns":[\u2026]}'
  );
  withClock(command, "date the seeded flags (created, expires)");
  command.option("--force", "overwrite files that already exist").action(async (dir, opts) => {
    const json = formatOf(opts) === "json";
    const now = nowOf(opts);
    const repo = repoOf(dir, opts, io.cwd);
    await refuseSubfolder(path7.resolve(io.cwd, repo), repo);
    const ctx = await loadRepoContext({ ...opts, repo }, io);
    const flagsConfig = ctx.config.flags;
    const progress = progressLine(io, "scanning flags");
    const analysis = await analyzeFlags(hideToolOutputs(ctx.files), flagsConfig, {
      onProgress: (p2) => progress.update(p2.done, p2.total)
    }).finally(() => progress.end());
    const { codeowners } = await loadCodeowners(ctx.files);
    const seeded = seedRegistry(analysis.scan, codeowners, flagsConfig, now);
    const branch = await currentBranch(ctx.root);
    const planned = [
      {
        path: ctx.configPath !== void 0 && !opts.force ? ctx.configPath : DEFAULT_CONFIG_PATH,
        text: starterConfig(defaultConfig().flags),
        exists: ctx.configPath !== void 0,
        what: "config"
      },
      {
        path: yamlRegistryPath(flagsConfig),
        text: seeded.text,
        exists: analysis.registryExists,
        what: registryWhat(seeded)
      },
      ...WORKFLOWS.map((w2) => ({
        path: w2.path,
        // An old repository's default branch is often not `main`.
        text: branch ? w2.text.replace("branches: [main]", `branches: [${branch}]`) : w2.text,
        exists: false,
        what: w2.path.endsWith("-flags.yml") ? "nightly flag sweep" : "pull request check"
      }))
    ];
    const outcomes = [];
    for (const file of planned) {
      outcomes.push({
        path: file.path,
        what: file.what,
        action: await place(ctx.root, file, opts.force === true)
      });
    }
    io.stdout(
      json ? `${JSON.stringify({
        files: outcomes.map(({ path: path9, action }) => ({ path: path9, action })),
        flags: seeded.flags.map((f2) => ({
          key: f2.key,
          owners: f2.owners,
          file: f2.first.file,
          line: f2.first.line,
          column: f2.first.column
        })),
        patterns: seeded.patterns
      })}
` : sanitizeForTerminal(initText(outcomes, seeded, repo, codeowners !== void 0))
    );
    io.setExitCode(EXIT_OK);
  });
}
async function refuseSubfolder(root, shown) {
  const sub = await subfolderOfRepository(root);
  if (!sub) return;
  throw new UsageError(
    `${shown} is a folder inside the git repository ${sub.top}: GitHub reads .github/workflows only at the repository root, so nothing written here would run. Run init there (ops-steward init --repo ${shellQuote(sub.top)}), or, to keep a separate repository in this folder, create its .github/ folder first.`
  );
}
function registryWhat(seeded) {
  const owned = seeded.flags.filter((f2) => f2.owners.length > 0).length;
  const orphans = seeded.flags.length - owned;
  const n2 = seeded.flags.length;
  return `${n2} ${n2 === 1 ? "flag" : "flags"} the code reads${orphans > 0 ? `, ${orphans} without an owner` : ""}`;
}
async function place(root, file, force) {
  if (file.exists && !force) return "kept";
  const absolute = path7.join(root, ...file.path.split("/"));
  const existed = await stat3(absolute).then(
    () => true,
    () => false
  );
  if (existed && !force) return "kept";
  await mkdir3(path7.dirname(absolute), { recursive: true });
  try {
    await writeFile3(absolute, file.text, { flag: force ? "w" : "wx" });
  } catch (error) {
    if (error.code === "EEXIST") return "kept";
    throw error;
  }
  return existed ? "overwritten" : "written";
}
function initText(outcomes, seeded, repo, hasCodeowners) {
  const width = Math.max(...outcomes.map((o2) => o2.path.length));
  const lines = [`ops-steward init in ${repo}:`];
  for (const o2 of outcomes) {
    const note = o2.action === "kept" ? "exists, left as it is; --force overwrites it" : o2.what;
    lines.push(`  ${o2.action.padEnd(11)} ${o2.path.padEnd(width)}  ${note}`);
  }
  const registry = outcomes[1];
  const written = registry !== void 0 && registry.action !== "kept";
  const ownerless = seeded.flags.filter((f2) => f2.owners.length === 0);
  if (written && ownerless.length > 0) {
    const why = hasCodeowners ? "No CODEOWNERS rule owns the file that reads these flags" : "There is no CODEOWNERS file, so no flag got an owner";
    lines.push("", `${why}: give each an owner in ${registry.path}:`);
    const keyWidth = Math.max(...ownerless.map((f2) => f2.key.length));
    for (const f2 of ownerless)
      lines.push(`  ${f2.key.padEnd(keyWidth)}  ${formatLocation(f2.first)}`);
  }
  if (written && seeded.patterns.length > 0) {
    lines.push(
      "",
      `The code builds flag names at run time (${seeded.patterns.join(", ")}): declare every flag they can make.`
    );
  }
  if (outcomes.some((o2) => o2.path.startsWith(".github/workflows/") && o2.action !== "kept")) {
    lines.push(
      "",
      "The workflows use ops-steward/ops-steward@v0: until that tag is published, point `uses:` at OWNER/REPO@SHA (README, Install)."
    );
  }
  lines.push("", `Next: ops-steward check ${shellQuote(repo)}`);
  return `${lines.join("\n")}
`;
}
async function currentBranch(root) {
  try {
    let gitDir = path7.join(root, ".git");
    const dotGit = await readFile(gitDir, "utf8").catch(() => void 0);
    const pointer = dotGit && /^gitdir: (.+)$/m.exec(dotGit)?.[1];
    if (pointer) gitDir = path7.resolve(root, pointer.trim());
    const head = await readFile(path7.join(gitDir, "HEAD"), "utf8");
    const branch = /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim();
    return branch && /^[\w./-]+$/.test(branch) ? branch : void 0;
  } catch {
    return void 0;
  }
}

// src/cli/commands/oncall.ts
import { readFile as readFile2 } from "node:fs/promises";
import path8 from "node:path";

// src/oncall/ics.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// node_modules/ical-generator/dist/index.mjs
var e = (function(e3) {
  return e3.DAILY = `DAILY`, e3.HOURLY = `HOURLY`, e3.MINUTELY = `MINUTELY`, e3.MONTHLY = `MONTHLY`, e3.SECONDLY = `SECONDLY`, e3.WEEKLY = `WEEKLY`, e3.YEARLY = `YEARLY`, e3;
})({});
var t = (function(e3) {
  return e3.AUTOMATIC = `AUTOMATIC`, e3.DISABLED = `DISABLED`, e3.ENABLED = `ENABLED`, e3;
})({});
var n = (function(e3) {
  return e3.BICYCLE = `BICYCLE`, e3.CAR = `CAR`, e3.TRANSIT = `TRANSIT`, e3.WALKING = `WALKING`, e3;
})({});
var r = (function(e3) {
  return e3.FR = `FR`, e3.MO = `MO`, e3.SA = `SA`, e3.SU = `SU`, e3.TH = `TH`, e3.TU = `TU`, e3.WE = `WE`, e3;
})({});
function i(e3, t2, n2) {
  if (Array.isArray(t2)) e3.x = t2.map((e4) => {
    if (Array.isArray(e4)) return e4;
    if (typeof e4.key != `string` || typeof e4.value != `string`) throw Error(`Either key or value is not a string!`);
    if (e4.key.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    return [e4.key, e4.value];
  });
  else if (typeof t2 == `object`) e3.x = Object.entries(t2).map(([e4, t3]) => {
    if (typeof e4 != `string` || typeof t3 != `string`) throw Error(`Either key or value is not a string!`);
    if (e4.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    return [e4, t3];
  });
  else if (typeof t2 == `string` && typeof n2 == `string`) {
    if (t2.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    e3.x.push([t2, n2]);
  } else return e3.x.map((e4) => ({ key: e4[0], value: e4[1] }));
}
function a(e3, t2) {
  if (e3 instanceof Date && isNaN(e3.getTime()) || typeof e3 == `string` && isNaN(new Date(e3).getTime())) throw Error(`\`${t2}\` has to be a valid date!`);
  if (e3 instanceof Date || typeof e3 == `string` || typeof e3 == `object` && e3 && (C(e3) || S(e3) || x(e3) || b(e3)) || m(e3) && e3.isValid === true || (h(e3) || p(e3)) && e3.isValid()) return e3;
  throw Error(`\`${t2}\` has to be a valid date!`);
}
function o(e3, t2) {
  let n2 = Object.values(e3), r2 = String(t2).toUpperCase();
  if (!r2 || !n2.includes(r2)) throw Error(`Input must be one of the following: ${n2.join(`, `)}`);
  return r2;
}
function s(e3, t2) {
  let n2 = null;
  if (typeof t2 == `string`) {
    let e4 = t2.match(/^(.+) ?<([^>]+)>$/);
    e4 ? n2 = { email: e4[2].trim(), name: e4[1].trim() } : t2.includes(`@`) && (n2 = { email: t2.trim(), name: t2.trim() });
  } else typeof t2 == `object` && (n2 = { email: t2.email, mailto: t2.mailto, name: t2.name, sentBy: t2.sentBy });
  if (!n2 && typeof t2 == `string`) throw Error("`" + e3 + "` isn't formated correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");
  if (!n2) throw Error("`" + e3 + "` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");
  if (!n2.name) throw Error("`" + e3 + ".name` is empty!");
  if (!n2.email) throw Error("`" + e3 + ".email` is empty!");
  return n2;
}
function c(e3, t2) {
  return String(e3).replace(t2 ? /[\\"]/g : /[\\;,]/g, function(e4) {
    return `\\` + e4;
  }).replace(/(?:\r\n|\r|\n)/g, `\\n`);
}
function l(e3) {
  return e3.split(`\r
`).map(function(e4) {
    let t2 = ``, n2 = 0;
    for (let r2 = 0; r2 < e4.length; r2++) {
      let i2 = e4.charAt(r2);
      i2 >= `\uD800` && i2 <= `\uDBFF` && (i2 += e4.charAt(++r2));
      let a2 = new TextEncoder().encode(i2).length;
      n2 += a2, n2 > 74 && (t2 += `\r
 `, n2 = a2), t2 += i2;
    }
    return t2;
  }).join(`\r
`);
}
function u(e3, t2, n2, r2) {
  if (e3?.startsWith(`/`) && (e3 = e3.substr(1)), typeof t2 == `string` || t2 instanceof Date) {
    let i2 = w(t2) ? t2.withTimeZone(e3) : new Date(t2), a2 = i2.getUTCFullYear().toString().padStart(4, `0`) + String(i2.getUTCMonth() + 1).padStart(2, `0`) + i2.getUTCDate().toString().padStart(2, `0`);
    return e3 && (a2 = i2.getFullYear().toString().padStart(2, `0`) + String(i2.getMonth() + 1).padStart(2, `0`) + i2.getDate().toString().padStart(2, `0`)), n2 ? a2 : e3 ? (a2 += `T` + i2.getHours().toString().padStart(2, `0`) + i2.getMinutes().toString().padStart(2, `0`) + i2.getSeconds().toString().padStart(2, `0`), a2) : (a2 += `T` + i2.getUTCHours().toString().padStart(2, `0`) + i2.getUTCMinutes().toString().padStart(2, `0`) + i2.getUTCSeconds().toString().padStart(2, `0`) + (r2 ? `` : `Z`), a2);
  } else if (h(t2)) {
    let i2 = e3 ? _(t2) && !t2.tz() ? t2.clone().tz(e3) : t2 : r2 || n2 && _(t2) && t2.tz() ? t2 : t2.utc();
    return i2.format(`YYYYMMDD`) + (n2 ? `` : `T` + i2.format(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  } else if (m(t2)) {
    let i2 = e3 ? t2.setZone(e3) : r2 || n2 && t2.zone.type !== `system` ? t2 : t2.setZone(`utc`);
    return i2.toFormat(`yyyyLLdd`) + (n2 ? `` : `T` + i2.toFormat(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  } else if (C(t2)) {
    let i2 = t2;
    return e3 && (i2 = t2.withTimeZone(t2.timeZoneId)), !e3 && t2.timeZoneId !== `UTC` && (i2 = t2.withTimeZone(`UTC`)), u(null, i2.toPlainDateTime(), n2, r2 || !!e3);
  } else if (S(t2)) {
    if (n2) return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`);
    if (e3) {
      let i2 = t2.toZonedDateTime(e3);
      return u(e3, i2, n2, r2);
    }
    return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`) + `T` + t2.hour.toString().padStart(2, `0`) + t2.minute.toString().padStart(2, `0`) + t2.second.toString().padStart(2, `0`) + (r2 || e3 ? `` : `Z`);
  } else if (x(t2)) return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`) + (n2 ? `` : `T000000` + (r2 || e3 ? `` : `Z`));
  else if (b(t2)) {
    let i2 = e3 || `UTC`, a2 = t2.toZonedDateTimeISO(i2);
    return u(e3, a2, n2, r2);
  } else {
    let i2 = t2;
    if (e3) i2 = typeof t2.tz == `function` ? t2.tz(e3) : t2;
    else if (!r2) if (typeof t2.utc == `function`) i2 = t2.utc();
    else throw Error(`Unable to convert dayjs object to UTC value: UTC plugin is not available!`);
    return i2.format(`YYYYMMDD`) + (n2 ? `` : `T` + i2.format(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  }
}
function d(e3, t2, n2, r2) {
  let i2 = ``, a2 = r2?.floating || false;
  return r2?.timezone && (i2 = `;TZID=` + r2.timezone, a2 = true), t2 + i2 + `:` + u(e3, n2, false, a2);
}
function f(e3) {
  let t2 = e3.x.map(([e4, t3]) => e4.toUpperCase() + `:` + c(t3, false)).join(`\r
`);
  return t2.length ? t2 + `\r
` : ``;
}
function p(e3) {
  return typeof e3 == `object` && !!e3 && !(e3 instanceof Date) && !h(e3) && !m(e3) && !y(e3);
}
function m(e3) {
  return typeof e3 == `object` && !!e3 && `toJSDate` in e3 && typeof e3.toJSDate == `function` && !y(e3);
}
function h(e3) {
  return e3 != null && e3._isAMomentObject != null && !y(e3);
}
function g(e3) {
  return typeof e3 == `object` && !!e3 && `asSeconds` in e3 && typeof e3.asSeconds == `function`;
}
function _(e3) {
  return h(e3) && `tz` in e3 && typeof e3.tz == `function`;
}
function v(e3) {
  return typeof e3 == `object` && !!e3 && `between` in e3 && typeof e3.between == `function` && typeof e3.toString == `function`;
}
function y(e3) {
  return C(e3) || S(e3) || x(e3) || b(e3);
}
function b(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && !S(e3) && !x(e3) && `toZonedDateTimeISO` in e3 && typeof e3.toZonedDateTimeISO == `function` && !(`year` in e3) && !(`timeZoneId` in e3);
}
function x(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && !S(e3) && `toPlainDateTime` in e3 && typeof e3.toPlainDateTime == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && !(`hour` in e3) && !(`timeZoneId` in e3) && !(`epochSeconds` in e3);
}
function S(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && `toZonedDateTime` in e3 && typeof e3.toZonedDateTime == `function` && `toPlainDate` in e3 && typeof e3.toPlainDate == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && `hour` in e3 && typeof e3.hour == `number` && `minute` in e3 && typeof e3.minute == `number` && `second` in e3 && typeof e3.second == `number` && !(`timeZone` in e3);
}
function C(e3) {
  return typeof e3 == `object` && !!e3 && `timeZoneId` in e3 && typeof e3.timeZoneId == `string` && `toPlainDateTime` in e3 && typeof e3.toPlainDateTime == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && `hour` in e3 && typeof e3.hour == `number` && `minute` in e3 && typeof e3.minute == `number` && `second` in e3 && typeof e3.second == `number`;
}
function w(e3) {
  return e3 instanceof Date && `internal` in e3 && e3.internal instanceof Date && `withTimeZone` in e3 && typeof e3.withTimeZone == `function` && `tzComponents` in e3 && typeof e3.tzComponents == `function`;
}
function T(e3) {
  if (typeof e3 == `string` || e3 instanceof Date) return new Date(e3);
  if (C(e3)) {
    let t2 = e3.toInstant();
    return new Date(t2.epochMilliseconds);
  }
  return S(e3) ? new Date(Date.UTC(e3.year, e3.month - 1, e3.day, e3.hour, e3.minute, e3.second)) : x(e3) ? new Date(Date.UTC(e3.year, e3.month - 1, e3.day)) : b(e3) ? new Date(e3.epochMilliseconds) : m(e3) ? e3.toJSDate() : e3.toDate();
}
function E(e3) {
  let t2 = ``;
  return e3 < 0 && (t2 = `-`, e3 *= -1), t2 += `P`, e3 >= 86400 && (t2 += Math.floor(e3 / 86400) + `D`, e3 %= 86400), !e3 && t2.length > 1 ? t2 : (t2 += `T`, e3 >= 3600 && (t2 += Math.floor(e3 / 3600) + `H`, e3 %= 3600), e3 >= 60 && (t2 += Math.floor(e3 / 60) + `M`, e3 %= 60), e3 > 0 ? t2 += e3 + `S` : t2.length <= 2 && (t2 += `0S`), t2);
}
function D(e3) {
  return e3 ? typeof e3 == `string` ? e3 : C(e3) ? D(e3.withTimeZone(`UTC`).toPlainDateTime()) : (y(e3), e3.toJSON()) : null;
}
var O = (function(e3) {
  return e3.CHAIR = `CHAIR`, e3.NON = `NON-PARTICIPANT`, e3.OPT = `OPT-PARTICIPANT`, e3.REQ = `REQ-PARTICIPANT`, e3;
})({});
var k = (function(e3) {
  return e3.CLIENT = `CLIENT`, e3.NONE = `NONE`, e3.SERVER = `SERVER`, e3;
})({});
var A = (function(e3) {
  return e3.ACCEPTED = `ACCEPTED`, e3.DECLINED = `DECLINED`, e3.DELEGATED = `DELEGATED`, e3.NEEDSACTION = `NEEDS-ACTION`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var j = (function(e3) {
  return e3.GROUP = `GROUP`, e3.INDIVIDUAL = `INDIVIDUAL`, e3.RESOURCE = `RESOURCE`, e3.ROOM = `ROOM`, e3.UNKNOWN = `UNKNOWN`, e3;
})({});
var M = class e2 {
  data;
  parent;
  constructor(e3, t2) {
    if (this.data = { delegatedFrom: null, delegatedTo: null, email: ``, mailto: null, name: null, role: O.REQ, rsvp: null, scheduleAgent: null, sentBy: null, status: null, type: null, x: [] }, this.parent = t2, !this.parent) throw Error("`event` option required!");
    if (!e3.email) throw Error("No value for `email` in ICalAttendee given!");
    e3.name !== void 0 && this.name(e3.name), e3.email !== void 0 && this.email(e3.email), e3.mailto !== void 0 && this.mailto(e3.mailto), e3.sentBy !== void 0 && this.sentBy(e3.sentBy), e3.status !== void 0 && this.status(e3.status), e3.role !== void 0 && this.role(e3.role), e3.rsvp !== void 0 && this.rsvp(e3.rsvp), e3.type !== void 0 && this.type(e3.type), e3.delegatedTo !== void 0 && this.delegatedTo(e3.delegatedTo), e3.delegatedFrom !== void 0 && this.delegatedFrom(e3.delegatedFrom), e3.delegatesTo && this.delegatesTo(e3.delegatesTo), e3.delegatesFrom && this.delegatesFrom(e3.delegatesFrom), e3.scheduleAgent !== void 0 && this.scheduleAgent(e3.scheduleAgent), e3.x !== void 0 && this.x(e3.x);
  }
  delegatedFrom(t2) {
    return t2 === void 0 ? this.data.delegatedFrom : (t2 ? typeof t2 == `string` ? this.data.delegatedFrom = new e2(s(`delegatedFrom`, t2), this.parent) : t2 instanceof e2 ? this.data.delegatedFrom = t2 : this.data.delegatedFrom = new e2(t2, this.parent) : this.data.delegatedFrom = null, this);
  }
  delegatedTo(t2) {
    return t2 === void 0 ? this.data.delegatedTo : t2 ? (typeof t2 == `string` ? this.data.delegatedTo = new e2(s(`delegatedTo`, t2), this.parent) : t2 instanceof e2 ? this.data.delegatedTo = t2 : this.data.delegatedTo = new e2(t2, this.parent), this.data.status = A.DELEGATED, this) : (this.data.delegatedTo = null, this.data.status === A.DELEGATED && (this.data.status = null), this);
  }
  delegatesFrom(t2) {
    let n2 = t2 instanceof e2 ? t2 : this.parent.createAttendee(t2);
    return this.delegatedFrom(n2), n2.delegatedTo(this), n2;
  }
  delegatesTo(t2) {
    let n2 = t2 instanceof e2 ? t2 : this.parent.createAttendee(t2);
    return this.delegatedTo(n2), n2.delegatedFrom(this), n2;
  }
  email(e3) {
    return e3 ? (this.data.email = e3, this) : this.data.email;
  }
  mailto(e3) {
    return e3 === void 0 ? this.data.mailto : (this.data.mailto = e3 || null, this);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3 || null, this);
  }
  role(e3) {
    return e3 === void 0 ? this.data.role : (this.data.role = o(O, e3), this);
  }
  rsvp(e3) {
    return e3 === void 0 ? this.data.rsvp : e3 === null ? (this.data.rsvp = null, this) : (this.data.rsvp = !!e3, this);
  }
  scheduleAgent(e3) {
    return e3 === void 0 ? this.data.scheduleAgent : e3 ? typeof e3 == `string` && e3.toUpperCase().startsWith(`X-`) ? (this.data.scheduleAgent = e3, this) : (this.data.scheduleAgent = o(k, e3), this) : (this.data.scheduleAgent = null, this);
  }
  sentBy(e3) {
    return e3 ? (this.data.sentBy = e3, this) : this.data.sentBy;
  }
  status(e3) {
    return e3 === void 0 ? this.data.status : e3 ? (this.data.status = o(A, e3), this) : (this.data.status = null, this);
  }
  toJSON() {
    return Object.assign({}, this.data, { delegatedFrom: this.data.delegatedFrom?.email() || null, delegatedTo: this.data.delegatedTo?.email() || null, x: this.x() });
  }
  toString() {
    let e3 = `ATTENDEE`;
    if (!this.data.email) throw Error("No value for `email` in ICalAttendee given!");
    return e3 += `;ROLE=` + this.data.role, this.data.type && (e3 += `;CUTYPE=` + this.data.type), this.data.status && (e3 += `;PARTSTAT=` + this.data.status), this.data.rsvp !== null && (e3 += `;RSVP=` + this.data.rsvp.toString().toUpperCase()), this.data.sentBy !== null && (e3 += `;SENT-BY="mailto:` + this.data.sentBy + `"`), this.data.delegatedTo && (e3 += `;DELEGATED-TO="` + this.data.delegatedTo.email() + `"`), this.data.delegatedFrom && (e3 += `;DELEGATED-FROM="` + this.data.delegatedFrom.email() + `"`), this.data.name && (e3 += `;CN="` + c(this.data.name, true) + `"`), this.data.email && this.data.mailto && (e3 += `;EMAIL=` + c(this.data.email, false)), this.data.scheduleAgent && (e3 += `;SCHEDULE-AGENT=` + this.data.scheduleAgent), this.data.x.length && (e3 += `;` + this.data.x.map(([e4, t2]) => e4.toUpperCase() + `=` + c(t2, false)).join(`;`)), e3 += `:MAILTO:` + c(this.data.mailto || this.data.email, false) + `\r
`, e3;
  }
  type(e3) {
    return e3 === void 0 ? this.data.type : e3 ? (this.data.type = o(j, e3), this) : (this.data.type = null, this);
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
var N = (function(e3) {
  return e3.audio = `audio`, e3.display = `display`, e3.email = `email`, e3;
})({});
var P = { end: `END`, start: `START` };
var F = class {
  data;
  event;
  constructor(e3, t2) {
    if (this.data = { attach: null, attendees: [], description: null, interval: null, relatesTo: null, repeat: null, summary: null, trigger: -600, type: N.display, x: [] }, this.event = t2, !t2) throw Error("`event` option required!");
    e3.type !== void 0 && this.type(e3.type), `trigger` in e3 && e3.trigger !== void 0 && this.trigger(e3.trigger), `triggerBefore` in e3 && e3.triggerBefore !== void 0 && this.triggerBefore(e3.triggerBefore), `triggerAfter` in e3 && e3.triggerAfter !== void 0 && this.triggerAfter(e3.triggerAfter), e3.repeat && this.repeat(e3.repeat), e3.attach !== void 0 && this.attach(e3.attach), e3.description !== void 0 && this.description(e3.description), e3.summary !== void 0 && this.summary(e3.summary), e3.attendees !== void 0 && this.attendees(e3.attendees), e3.x !== void 0 && this.x(e3.x);
  }
  attach(e3) {
    if (e3 === void 0) return this.data.attach;
    if (!e3) return this.data.attach = null, this;
    let t2;
    if (typeof e3 == `string`) t2 = { mime: null, uri: e3 };
    else if (typeof e3 == `object`) t2 = { mime: e3.mime || null, uri: e3.uri };
    else throw Error("`attachment` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalAlarm.html#attach");
    if (!t2.uri) throw Error("`attach.uri` is empty!");
    return this.data.attach = { mime: t2.mime, uri: t2.uri }, this;
  }
  attendees(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttendee(e4)), this) : this.data.attendees;
  }
  createAttendee(e3) {
    if (e3 instanceof M) return this.data.attendees.push(e3), e3;
    typeof e3 == `string` && (e3 = s(`data`, e3));
    let t2 = new M(e3, this);
    return this.data.attendees.push(t2), t2;
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : e3 ? (this.data.description = e3, this) : (this.data.description = null, this);
  }
  relatesTo(e3) {
    if (e3 === void 0) return this.data.relatesTo;
    if (!e3) return this.data.relatesTo = null, this;
    if (!Object.values(P).includes(e3)) throw Error("`relatesTo` is not correct, must be either `START` or `END`!");
    return this.data.relatesTo = e3, this;
  }
  repeat(e3) {
    if (e3 === void 0) return this.data.repeat;
    if (!e3) return this.data.repeat = null, this;
    if (typeof e3 != `object`) throw Error("`repeat` is not correct, must be an object!");
    if (typeof e3.times != `number` || !isFinite(e3.times)) throw Error("`repeat.times` is not correct, must be numeric!");
    if (typeof e3.interval != `number` || !isFinite(e3.interval)) throw Error("`repeat.interval` is not correct, must be numeric!");
    return this.data.repeat = e3, this;
  }
  summary(e3) {
    return e3 === void 0 ? this.data.summary : e3 ? (this.data.summary = e3, this) : (this.data.summary = null, this);
  }
  toJSON() {
    let e3 = this.trigger();
    return Object.assign({}, this.data, { trigger: typeof e3 == `number` ? e3 : D(e3), x: this.x() });
  }
  toString() {
    let e3 = `BEGIN:VALARM\r
`;
    if (e3 += `ACTION:` + this.data.type.toUpperCase() + `\r
`, typeof this.data.trigger == `number` && this.data.relatesTo === null ? this.data.trigger > 0 ? e3 += `TRIGGER;RELATED=END:` + E(this.data.trigger) + `\r
` : e3 += `TRIGGER:` + E(this.data.trigger) + `\r
` : typeof this.data.trigger == `number` ? e3 += `TRIGGER;RELATED=` + this.data.relatesTo?.toUpperCase() + `:` + E(this.data.trigger) + `\r
` : e3 += `TRIGGER;VALUE=DATE-TIME:` + u(this.event.timezone(), this.data.trigger) + `\r
`, this.data.repeat) {
      if (!this.data.repeat.times) throw Error("No value for `repeat.times` in ICalAlarm given, but required for `interval`!");
      if (!this.data.repeat.interval) throw Error("No value for `repeat.interval` in ICalAlarm given, but required for `repeat`!");
      e3 += `REPEAT:` + this.data.repeat.times + `\r
`, e3 += `DURATION:` + E(this.data.repeat.interval) + `\r
`;
    }
    return this.data.type === `audio` && this.data.attach && this.data.attach.mime ? e3 += `ATTACH;FMTTYPE=` + c(this.data.attach.mime, false) + `:` + c(this.data.attach.uri, false) + `\r
` : this.data.type === `audio` && this.data.attach ? e3 += `ATTACH;VALUE=URI:` + c(this.data.attach.uri, false) + `\r
` : this.data.type === `audio` && (e3 += `ATTACH;VALUE=URI:Basso\r
`), this.data.type !== `audio` && this.data.description ? e3 += `DESCRIPTION:` + c(this.data.description, false) + `\r
` : this.data.type !== `audio` && (e3 += `DESCRIPTION:` + c(this.event.summary(), false) + `\r
`), this.data.type === `email` && this.data.summary ? e3 += `SUMMARY:` + c(this.data.summary, false) + `\r
` : this.data.type === `email` && (e3 += `SUMMARY:` + c(this.event.summary(), false) + `\r
`), this.data.type === `email` && this.data.attendees.forEach((t2) => {
      e3 += t2.toString();
    }), e3 += f(this.data), e3 += `END:VALARM\r
`, e3;
  }
  trigger(e3) {
    if (e3 === void 0 && typeof this.data.trigger == `number`) return -1 * this.data.trigger;
    if (e3 === void 0) return this.data.trigger;
    if (typeof e3 == `number` && isFinite(e3)) this.data.trigger = -1 * e3;
    else if (!e3 || typeof e3 == `number`) throw Error("`trigger` is not correct, must be a finite number or a supported date!");
    else this.data.trigger = a(e3, `trigger`);
    return this;
  }
  triggerAfter(e3) {
    return e3 === void 0 ? this.data.trigger : this.trigger(typeof e3 == `number` ? -1 * e3 : e3);
  }
  triggerBefore(e3) {
    return e3 === void 0 ? this.trigger() : this.trigger(e3);
  }
  type(e3) {
    if (e3 === void 0) return this.data.type;
    if (!e3 || !Object.keys(N).includes(e3)) throw Error("`type` is not correct, must be either `display` or `audio`!");
    return this.data.type = e3, this;
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
var I = class {
  data;
  constructor(e3) {
    if (this.data = { name: `` }, !e3.name) throw Error("No value for `name` in ICalCategory given!");
    this.name(e3.name);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3, this);
  }
  toJSON() {
    return Object.assign({}, this.data);
  }
  toString() {
    return c(this.data.name, false);
  }
};
var L = (function(e3) {
  return e3.BUSY = `BUSY`, e3.FREE = `FREE`, e3.OOF = `OOF`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var R = (function(e3) {
  return e3.CONFIDENTIAL = `CONFIDENTIAL`, e3.PRIVATE = `PRIVATE`, e3.PUBLIC = `PUBLIC`, e3;
})({});
var z = (function(e3) {
  return e3.CANCELLED = `CANCELLED`, e3.CONFIRMED = `CONFIRMED`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var B = (function(e3) {
  return e3.OPAQUE = `OPAQUE`, e3.TRANSPARENT = `TRANSPARENT`, e3;
})({});
var V = class {
  calendar;
  data;
  constructor(e3, t2) {
    if (this.data = { alarms: [], allDay: false, attachments: [], attendees: [], busystatus: null, categories: [], class: null, created: null, description: null, end: null, floating: false, id: crypto.randomUUID(), lastModified: null, location: null, organizer: null, priority: null, recurrenceId: null, repeating: null, sequence: 0, stamp: /* @__PURE__ */ new Date(), start: /* @__PURE__ */ new Date(), status: null, summary: ``, timezone: null, transparency: null, travelTime: null, url: null, x: [] }, this.calendar = t2, !t2) throw Error("`calendar` option required!");
    e3.id && this.id(e3.id), e3.sequence !== void 0 && this.sequence(e3.sequence), e3.start && this.start(e3.start), e3.end !== void 0 && this.end(e3.end), e3.recurrenceId !== void 0 && this.recurrenceId(e3.recurrenceId), e3.timezone !== void 0 && this.timezone(e3.timezone), e3.stamp !== void 0 && this.stamp(e3.stamp), e3.allDay !== void 0 && this.allDay(e3.allDay), e3.floating !== void 0 && this.floating(e3.floating), e3.repeating !== void 0 && this.repeating(e3.repeating), e3.summary !== void 0 && this.summary(e3.summary), e3.location !== void 0 && this.location(e3.location), e3.description !== void 0 && this.description(e3.description), e3.organizer !== void 0 && this.organizer(e3.organizer), e3.attendees !== void 0 && this.attendees(e3.attendees), e3.alarms !== void 0 && this.alarms(e3.alarms), e3.categories !== void 0 && this.categories(e3.categories), e3.status !== void 0 && this.status(e3.status), e3.busystatus !== void 0 && this.busystatus(e3.busystatus), e3.priority !== void 0 && this.priority(e3.priority), e3.url !== void 0 && this.url(e3.url), e3.attachments !== void 0 && this.attachments(e3.attachments), e3.transparency !== void 0 && this.transparency(e3.transparency), e3.travelTime !== void 0 && this.travelTime(e3.travelTime), e3.created !== void 0 && this.created(e3.created), e3.lastModified !== void 0 && this.lastModified(e3.lastModified), e3.class !== void 0 && this.class(e3.class), e3.x !== void 0 && this.x(e3.x);
  }
  alarms(e3) {
    return e3 ? (e3.forEach((e4) => this.createAlarm(e4)), this) : this.data.alarms;
  }
  allDay(e3) {
    return e3 === void 0 ? this.data.allDay : (this.data.allDay = !!e3, this);
  }
  attachments(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttachment(e4)), this) : this.data.attachments;
  }
  attendees(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttendee(e4)), this) : this.data.attendees;
  }
  busystatus(e3) {
    return e3 === void 0 ? this.data.busystatus : e3 === null ? (this.data.busystatus = null, this) : (this.data.busystatus = o(L, e3), this);
  }
  categories(e3) {
    return e3 ? (e3.forEach((e4) => this.createCategory(e4)), this) : this.data.categories;
  }
  class(e3) {
    return e3 === void 0 ? this.data.class : e3 === null ? (this.data.class = null, this) : (this.data.class = o(R, e3), this);
  }
  createAlarm(e3) {
    let t2 = e3 instanceof F ? e3 : new F(e3, this);
    return this.data.alarms.push(t2), t2;
  }
  createAttachment(e3) {
    return this.data.attachments.push(e3), this;
  }
  createAttendee(e3) {
    if (e3 instanceof M) return this.data.attendees.push(e3), e3;
    typeof e3 == `string` && (e3 = s(`data`, e3));
    let t2 = new M(e3, this);
    return this.data.attendees.push(t2), t2;
  }
  createCategory(e3) {
    let t2 = e3 instanceof I ? e3 : new I(e3);
    return this.data.categories.push(t2), t2;
  }
  created(e3) {
    return e3 === void 0 ? this.data.created : e3 === null ? (this.data.created = null, this) : (this.data.created = a(e3, `created`), this);
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : e3 === null ? (this.data.description = null, this) : (typeof e3 == `string` ? this.data.description = { plain: e3 } : this.data.description = e3, this);
  }
  end(e3) {
    return e3 === void 0 ? (this.swapStartAndEndIfRequired(), this.data.end) : e3 === null ? (this.data.end = null, this) : (this.data.end = a(e3, `end`), this);
  }
  floating(e3) {
    return e3 === void 0 ? this.data.floating : (this.data.floating = !!e3, this.data.floating && (this.data.timezone = null), this);
  }
  id(e3) {
    return e3 === void 0 ? this.data.id : (this.data.id = String(e3), this);
  }
  lastModified(e3) {
    return e3 === void 0 ? this.data.lastModified : e3 === null ? (this.data.lastModified = null, this) : (this.data.lastModified = a(e3, `lastModified`), this);
  }
  location(e3) {
    if (e3 === void 0) return this.data.location;
    if (typeof e3 == `string`) return this.data.location = { title: e3 }, this;
    if (e3 && (`title` in e3 && !e3.title || e3?.geo && (typeof e3.geo.lat != `number` || !isFinite(e3.geo.lat) || typeof e3.geo.lon != `number` || !isFinite(e3.geo.lon)) || !(`title` in e3) && !e3?.geo)) throw Error("`location` isn't formatted correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalEvent.html#location");
    return this.data.location = e3 || null, this;
  }
  organizer(e3) {
    return e3 === void 0 ? this.data.organizer : e3 === null ? (this.data.organizer = null, this) : (this.data.organizer = s(`organizer`, e3), this);
  }
  priority(e3) {
    if (e3 === void 0) return this.data.priority;
    if (e3 === null) return this.data.priority = null, this;
    if (e3 < 0 || e3 > 9) throw Error("`priority` is invalid, musst be 0 \u2264 priority \u2264 9.");
    return this.data.priority = Math.round(e3), this;
  }
  recurrenceId(e3) {
    return e3 === void 0 ? this.data.recurrenceId : e3 === null ? (this.data.recurrenceId = null, this) : (this.data.recurrenceId = a(e3, `recurrenceId`), this);
  }
  repeating(t2) {
    if (t2 === void 0) return this.data.repeating;
    if (!t2) return this.data.repeating = null, this;
    if (v(t2) || typeof t2 == `string`) return this.data.repeating = t2, this;
    if (this.data.repeating = { freq: o(e, t2.freq) }, t2.count) {
      if (!isFinite(t2.count)) throw Error("`repeating.count` must be a finite number!");
      this.data.repeating.count = t2.count;
    }
    if (t2.interval) {
      if (!isFinite(t2.interval)) throw Error("`repeating.interval` must be a finite number!");
      this.data.repeating.interval = t2.interval;
    }
    if (t2.until !== void 0 && (this.data.repeating.until = a(t2.until, `repeating.until`)), t2.byDay) {
      let e3 = Array.isArray(t2.byDay) ? t2.byDay : [t2.byDay];
      this.data.repeating.byDay = e3.map((e4) => o(r, e4));
    }
    if (t2.byMonth) {
      let e3 = Array.isArray(t2.byMonth) ? t2.byMonth : [t2.byMonth];
      this.data.repeating.byMonth = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < 1 || e4 > 12) throw Error("`repeating.byMonth` contains invalid value `" + e4 + "`!");
        return e4;
      });
    }
    if (t2.byMonthDay) {
      let e3 = Array.isArray(t2.byMonthDay) ? t2.byMonthDay : [t2.byMonthDay];
      this.data.repeating.byMonthDay = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < -31 || e4 > 31 || e4 === 0) throw Error("`repeating.byMonthDay` contains invalid value `" + e4 + "`!");
        return e4;
      });
    }
    if (t2.bySetPos) {
      if (!this.data.repeating.byDay) throw "`repeating.bySetPos` must be used along with `repeating.byDay`!";
      let e3 = Array.isArray(t2.bySetPos) ? t2.bySetPos : [t2.bySetPos];
      this.data.repeating.bySetPos = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < -366 || e4 > 366 || e4 === 0) throw "`repeating.bySetPos` contains invalid value `" + e4 + "`!";
        return e4;
      });
    }
    if (t2.exclude) {
      let e3 = Array.isArray(t2.exclude) ? t2.exclude : [t2.exclude];
      this.data.repeating.exclude = e3.map((e4, t3) => a(e4, `repeating.exclude[${t3}]`));
    }
    return t2.startOfWeek && (this.data.repeating.startOfWeek = o(r, t2.startOfWeek)), this;
  }
  sequence(e3) {
    if (e3 === void 0) return this.data.sequence;
    if (isNaN(parseInt(String(e3), 10))) throw Error("`sequence` must be a number!");
    return this.data.sequence = e3, this;
  }
  stamp(e3) {
    return e3 === void 0 ? this.data.stamp : (this.data.stamp = a(e3, `stamp`), this);
  }
  start(e3) {
    return e3 === void 0 ? (this.swapStartAndEndIfRequired(), this.data.start) : (this.data.start = a(e3, `start`), this);
  }
  status(e3) {
    return e3 === void 0 ? this.data.status : e3 === null ? (this.data.status = null, this) : (this.data.status = o(z, e3), this);
  }
  summary(e3) {
    return e3 === void 0 ? this.data.summary : (this.data.summary = e3 ? String(e3) : ``, this);
  }
  timestamp(e3) {
    return e3 === void 0 ? this.stamp() : this.stamp(e3);
  }
  timezone(e3) {
    return e3 === void 0 && this.data.timezone !== null ? this.data.timezone : e3 === void 0 ? this.calendar.timezone() : (this.data.timezone = e3 && e3 !== `UTC` ? e3.toString() : null, this.data.timezone && (this.data.floating = false), this);
  }
  toJSON() {
    let e3 = null;
    return v(this.data.repeating) || typeof this.data.repeating == `string` ? e3 = this.data.repeating.toString() : this.data.repeating && (e3 = Object.assign({}, this.data.repeating, { exclude: this.data.repeating.exclude?.map((e4) => D(e4)), until: D(this.data.repeating.until) || void 0 })), this.swapStartAndEndIfRequired(), Object.assign({}, this.data, { created: D(this.data.created) || null, end: D(this.data.end) || null, lastModified: D(this.data.lastModified) || null, recurrenceId: D(this.data.recurrenceId) || null, repeating: e3, stamp: D(this.data.stamp) || null, start: D(this.data.start) || null, x: this.x() });
  }
  toString() {
    let e3 = ``;
    if (e3 += `BEGIN:VEVENT\r
`, e3 += `UID:` + this.data.id + `\r
`, e3 += `SEQUENCE:` + this.data.sequence + `\r
`, this.swapStartAndEndIfRequired(), e3 += `DTSTAMP:` + u(this.calendar.timezone(), this.data.stamp) + `\r
`, this.data.allDay ? (e3 += `DTSTART;VALUE=DATE:` + u(this.timezone(), this.data.start, true) + `\r
`, this.data.end && (e3 += `DTEND;VALUE=DATE:` + u(this.timezone(), this.data.end, true) + `\r
`), e3 += `X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r
`, e3 += `X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r
`) : (e3 += d(this.timezone(), `DTSTART`, this.data.start, this.data) + `\r
`, this.data.end && (e3 += d(this.timezone(), `DTEND`, this.data.end, this.data) + `\r
`)), v(this.data.repeating) || typeof this.data.repeating == `string`) {
      let t2 = this.data.repeating.toString().replace(/\r\n/g, `
`).split(`
`).filter((e4) => e4 && !e4.startsWith(`DTSTART:`)).join(`\r
`);
      !t2.includes(`\r
`) && !t2.startsWith(`RRULE:`) && (t2 = `RRULE:` + t2), e3 += t2.trim() + `\r
`;
    } else this.data.repeating && (e3 += `RRULE:FREQ=` + this.data.repeating.freq, this.data.repeating.count && (e3 += `;COUNT=` + this.data.repeating.count), this.data.repeating.interval && (e3 += `;INTERVAL=` + this.data.repeating.interval), this.data.repeating.until && (e3 += `;UNTIL=` + u(this.calendar.timezone(), this.data.repeating.until, false, this.floating())), this.data.repeating.byDay && (e3 += `;BYDAY=` + this.data.repeating.byDay.join(`,`)), this.data.repeating.byMonth && (e3 += `;BYMONTH=` + this.data.repeating.byMonth.join(`,`)), this.data.repeating.byMonthDay && (e3 += `;BYMONTHDAY=` + this.data.repeating.byMonthDay.join(`,`)), this.data.repeating.bySetPos && (e3 += `;BYSETPOS=` + this.data.repeating.bySetPos.join(`,`)), this.data.repeating.startOfWeek && (e3 += `;WKST=` + this.data.repeating.startOfWeek), e3 += `\r
`, this.data.repeating.exclude && (this.data.allDay ? e3 += `EXDATE;VALUE=DATE:` + this.data.repeating.exclude.map((e4) => u(this.calendar.timezone(), e4, true)).join(`,`) + `\r
` : (e3 += `EXDATE`, this.timezone() ? e3 += `;TZID=` + this.timezone() + `:` + this.data.repeating.exclude.map((e4) => u(this.timezone(), e4, false, true)).join(`,`) + `\r
` : e3 += `:` + this.data.repeating.exclude.map((e4) => u(this.timezone(), e4, false, this.floating())).join(`,`) + `\r
`)));
    if (this.data.recurrenceId && (e3 += d(this.timezone(), `RECURRENCE-ID`, this.data.recurrenceId, this.data) + `\r
`), e3 += `SUMMARY:` + c(this.data.summary, false) + `\r
`, this.data.transparency && (e3 += `TRANSP:` + c(this.data.transparency, false) + `\r
`), this.data.location && `title` in this.data.location && this.data.location.title && (e3 += `LOCATION:` + c(this.data.location.title + (this.data.location.address ? `
` + this.data.location.address : ``), false) + `\r
`, this.data.location.radius && this.data.location.geo && (e3 += `X-APPLE-STRUCTURED-LOCATION;VALUE=URI;` + (this.data.location.address ? `X-ADDRESS=` + c(this.data.location.address, false) + `;` : ``) + `X-APPLE-RADIUS=` + c(this.data.location.radius, false) + `;X-TITLE=` + c(this.data.location.title, false) + `:geo:` + c(this.data.location.geo?.lat, false) + `,` + c(this.data.location.geo?.lon, false) + `\r
`)), this.data.location?.geo?.lat && this.data.location.geo.lon && (e3 += `GEO:` + c(this.data.location.geo.lat, false) + `;` + c(this.data.location.geo.lon, false) + `\r
`), this.data.travelTime && (e3 += `X-APPLE-TRAVEL-DURATION;VALUE=DURATION:` + E(this.data.travelTime.seconds) + `\r
`, this.data.location && (this.data.travelTime.suggestionBehavior && (e3 += `X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:` + this.data.travelTime.suggestionBehavior + `\r
`), this.data.travelTime.startFrom))) {
      e3 += `X-APPLE-TRAVEL-START;`;
      let t2 = [];
      t2.push(`ROUTING=` + this.data.travelTime.startFrom.transportation), t2.push(`VALUE=URI`), `address` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.address && t2.push(`X-ADDRESS=` + c(this.data.travelTime.startFrom.location.address, false)), `radius` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.radius && t2.push(`X-APPLE-RADIUS=` + c(this.data.travelTime.startFrom.location.radius, false)), `title` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.title && t2.push(`X-TITLE=` + c(this.data.travelTime.startFrom.location.title, false)), e3 += t2.join(`;`), `geo` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.geo && (e3 += `:geo:` + c(this.data.travelTime.startFrom.location.geo?.lat, false) + `,` + c(this.data.travelTime.startFrom.location.geo?.lon, false)), e3 += `\r
`;
    }
    return this.data.description && (e3 += `DESCRIPTION:` + c(this.data.description.plain, false) + `\r
`, this.data.description.html && (e3 += `X-ALT-DESC;FMTTYPE=text/html:` + c(this.data.description.html, false) + `\r
`)), this.data.organizer && (e3 += `ORGANIZER;CN="` + c(this.data.organizer.name, true) + `"`, this.data.organizer.sentBy && (e3 += `;SENT-BY="mailto:` + c(this.data.organizer.sentBy, true) + `"`), this.data.organizer.email && this.data.organizer.mailto && (e3 += `;EMAIL=` + c(this.data.organizer.email, false)), e3 += `:`, this.data.organizer.email && (e3 += `mailto:` + c(this.data.organizer.mailto || this.data.organizer.email, false)), e3 += `\r
`), this.data.attendees.forEach(function(t2) {
      e3 += t2.toString();
    }), this.data.alarms.forEach(function(t2) {
      e3 += t2.toString();
    }), this.data.categories.length > 0 && (e3 += `CATEGORIES:` + this.data.categories.map((e4) => e4.toString()).join() + `\r
`), this.data.url && (e3 += `URL;VALUE=URI:` + c(this.data.url, false) + `\r
`), this.data.attachments.length > 0 && this.data.attachments.forEach((t2) => {
      e3 += `ATTACH:` + c(t2, false) + `\r
`;
    }), this.data.status && (e3 += `STATUS:` + this.data.status.toUpperCase() + `\r
`), this.data.busystatus && (e3 += `X-MICROSOFT-CDO-BUSYSTATUS:` + this.data.busystatus.toUpperCase() + `\r
`), this.data.priority !== null && (e3 += `PRIORITY:` + this.data.priority + `\r
`), e3 += f(this.data), this.data.created && (e3 += `CREATED:` + u(this.calendar.timezone(), this.data.created) + `\r
`), this.data.lastModified && (e3 += `LAST-MODIFIED:` + u(this.calendar.timezone(), this.data.lastModified) + `\r
`), this.data.class && (e3 += `CLASS:` + this.data.class.toUpperCase() + `\r
`), e3 += `END:VEVENT\r
`, e3;
  }
  transparency(e3) {
    return e3 === void 0 ? this.data.transparency : e3 ? (this.data.transparency = o(B, e3), this) : (this.data.transparency = null, this);
  }
  travelTime(e3) {
    if (e3 === void 0) return this.data.travelTime;
    if (typeof e3 == `number` && e3 <= 0) throw Error("`travelTime` has to be more than 0!");
    if (e3 && typeof e3 == `object` && `seconds` in e3 && e3.seconds <= 0) throw Error("`travelTime.seconds` has to be more than 0!");
    return typeof e3 == `number` ? (this.data.travelTime = { seconds: e3 }, this) : (this.data.travelTime = e3, this);
  }
  uid(e3) {
    return e3 === void 0 ? this.id() : this.id(e3);
  }
  url(e3) {
    return e3 === void 0 ? this.data.url : (this.data.url = e3 ? String(e3) : null, this);
  }
  x(e3, t2) {
    return e3 === void 0 ? i(this.data) : (typeof e3 == `string` && typeof t2 == `string` && i(this.data, e3, t2), typeof e3 == `object` && i(this.data, e3), this);
  }
  swapStartAndEndIfRequired() {
    if (this.data.start && this.data.end && T(this.data.start).getTime() > T(this.data.end).getTime()) {
      let e3 = this.data.start;
      this.data.start = this.data.end, this.data.end = e3;
    }
  }
};
var H = (function(e3) {
  return e3.ADD = `ADD`, e3.CANCEL = `CANCEL`, e3.COUNTER = `COUNTER`, e3.DECLINECOUNTER = `DECLINECOUNTER`, e3.PUBLISH = `PUBLISH`, e3.REFRESH = `REFRESH`, e3.REPLY = `REPLY`, e3.REQUEST = `REQUEST`, e3;
})({});
var U = class {
  data;
  constructor(e3 = {}) {
    this.data = { color: null, description: null, events: [], method: null, name: null, prodId: `//sebbo.net//ical-generator//EN`, scale: null, source: null, timezone: null, ttl: null, url: null, x: [] }, e3.prodId !== void 0 && this.prodId(e3.prodId), e3.method !== void 0 && this.method(e3.method), e3.name !== void 0 && this.name(e3.name), e3.description !== void 0 && this.description(e3.description), e3.timezone !== void 0 && this.timezone(e3.timezone), e3.source !== void 0 && this.source(e3.source), e3.url !== void 0 && this.url(e3.url), e3.scale !== void 0 && this.scale(e3.scale), e3.ttl !== void 0 && this.ttl(e3.ttl), e3.color !== void 0 && this.color(e3.color), e3.events !== void 0 && this.events(e3.events), e3.x !== void 0 && this.x(e3.x);
  }
  clear() {
    return this.data.events = [], this;
  }
  color(e3) {
    if (e3 === void 0) return this.data.color;
    if (typeof e3 == `string` && !/^#[A-F0-9]{6}$/gi.test(e3)) throw Error("`color` is malformed!");
    return this.data.color = e3 ? String(e3).toUpperCase() : null, this;
  }
  createEvent(e3) {
    let t2 = e3 instanceof V ? e3 : new V(e3, this);
    return this.data.events.push(t2), t2;
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : (this.data.description = e3 ? String(e3) : null, this);
  }
  events(e3) {
    return e3 ? (e3.forEach((e4) => this.createEvent(e4)), this) : this.data.events;
  }
  length() {
    return this.data.events.length;
  }
  method(e3) {
    return e3 === void 0 ? this.data.method : e3 ? (this.data.method = o(H, e3), this) : (this.data.method = null, this);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3 ? String(e3) : null, this);
  }
  prodId(e3) {
    if (!e3) return this.data.prodId;
    if (typeof e3 == `string`) return this.data.prodId = e3, this;
    if (typeof e3 != `object`) throw Error("`prodid` needs to be a string or an object!");
    if (!e3.company) throw Error("`prodid.company` is a mandatory item!");
    if (!e3.product) throw Error("`prodid.product` is a mandatory item!");
    let t2 = (e3.language || `EN`).toUpperCase();
    return this.data.prodId = `//` + e3.company + `//` + e3.product + `//` + t2, this;
  }
  scale(e3) {
    return e3 === void 0 ? this.data.scale : (e3 === null ? this.data.scale = null : this.data.scale = e3.toUpperCase(), this);
  }
  source(e3) {
    return e3 === void 0 ? this.data.source : (this.data.source = e3 || null, this);
  }
  timezone(e3) {
    return e3 === void 0 ? this.data.timezone?.name || null : (e3 === `UTC` ? this.data.timezone = null : typeof e3 == `string` ? this.data.timezone = { name: e3 } : e3 === null ? this.data.timezone = null : this.data.timezone = e3, this);
  }
  toJSON() {
    return Object.assign({}, this.data, { events: this.data.events.map((e3) => e3.toJSON()), timezone: this.timezone(), x: this.x() });
  }
  toString() {
    let e3 = ``;
    return e3 = `BEGIN:VCALENDAR\r
VERSION:2.0\r
`, e3 += `PRODID:-` + this.data.prodId + `\r
`, this.data.url && (e3 += `URL:` + this.data.url + `\r
`), this.data.source && (e3 += `SOURCE;VALUE=URI:` + this.data.source + `\r
`), this.data.scale && (e3 += `CALSCALE:` + this.data.scale + `\r
`), this.data.method && (e3 += `METHOD:` + this.data.method + `\r
`), this.data.name && (e3 += `NAME:` + this.data.name + `\r
`, e3 += `X-WR-CALNAME:` + this.data.name + `\r
`), this.data.description && (e3 += `X-WR-CALDESC:` + this.data.description + `\r
`), this.data.timezone?.generator && [.../* @__PURE__ */ new Set([this.timezone(), ...this.data.events.map((e4) => e4.timezone())])].filter((e4) => e4 !== null && !e4.startsWith(`/`)).forEach((t2) => {
      if (!this.data.timezone?.generator) return;
      let n2 = this.data.timezone.generator(t2);
      n2 && (e3 += n2.replace(/\r\n/g, `
`).replace(/\n/g, `\r
`).trim() + `\r
`);
    }), this.data.timezone?.name && (e3 += `TIMEZONE-ID:` + this.data.timezone.name + `\r
`, e3 += `X-WR-TIMEZONE:` + this.data.timezone.name + `\r
`), this.data.ttl && (e3 += `REFRESH-INTERVAL;VALUE=DURATION:` + E(this.data.ttl) + `\r
`, e3 += `X-PUBLISHED-TTL:` + E(this.data.ttl) + `\r
`), this.data.color && (e3 += `X-APPLE-CALENDAR-COLOR:` + this.data.color + `\r
`), this.data.events.forEach((t2) => e3 += t2.toString()), e3 += f(this.data), e3 += `END:VCALENDAR`, l(e3);
  }
  ttl(e3) {
    return e3 === void 0 ? this.data.ttl : (g(e3) ? this.data.ttl = e3.asSeconds() : e3 && e3 > 0 ? this.data.ttl = e3 : this.data.ttl = null, this);
  }
  url(e3) {
    return e3 === void 0 ? this.data.url : (this.data.url = e3 || null, this);
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
function W(e3) {
  return new U(e3);
}

// src/oncall/ics.ts
var DAY = 864e5;
var REACH = 366 * DAY;
function wholeShifts(schedule, from, to) {
  let back = 7 * DAY;
  let ahead = 7 * DAY;
  for (; ; ) {
    const timeline = scheduleTimeline(schedule, from - back, to + ahead, "shift");
    const inside = timeline.filter((s2) => s2.to > from && s2.from < to);
    const first = inside[0];
    const last = inside[inside.length - 1];
    const startCut = first !== void 0 && first.who !== null && first.from === from - back;
    const endCut = last !== void 0 && last.who !== null && last.to === to + ahead;
    if ((!startCut || back >= REACH) && (!endCut || ahead >= REACH)) return inside;
    if (startCut) back = Math.min(REACH, back * 4);
    if (endCut) ahead = Math.min(REACH, ahead * 4);
  }
}
function checkPerson(person, schedules) {
  const people = /* @__PURE__ */ new Set();
  for (const s2 of schedules) {
    for (const layer of s2.layers) for (const m2 of layer.members) people.add(m2);
    for (const o2 of s2.overrides) people.add(o2.who);
  }
  if ([...people].some((p2) => sameOwner(p2, person))) return;
  const where = schedules.length === 1 ? `schedule ${schedules[0].name}` : schedules.length <= 3 ? `any schedule exported (${schedules.map((s2) => s2.name).join(", ")})` : `any of the ${schedules.length} schedules exported`;
  throw new InputError(
    `--person ${person} is not a member or an override of ${where}${closestPeople(person, [...people])}`
  );
}
function closestPeople(person, people) {
  if (people.length === 0) return "; the schedules exported name nobody";
  const key = (login) => login.replace(/^@/, "").toLowerCase();
  const wanted = key(person);
  const ranked = people.map((login) => ({
    login,
    prefix: wanted !== "" && key(login).startsWith(wanted),
    distance: (0, import_fastest_levenshtein.distance)(wanted, key(login))
  })).sort(
    (a2, b2) => Number(b2.prefix) - Number(a2.prefix) || a2.distance - b2.distance || a2.login.localeCompare(b2.login)
  );
  const best = ranked[0];
  const onlyPrefix = best.prefix && !ranked[1]?.prefix;
  if (onlyPrefix || best.distance <= Math.max(2, Math.floor(wanted.length / 3))) {
    return `; did you mean "${best.login}"?`;
  }
  return `; the closest names in them are ${ranked.slice(0, 3).map((r2) => r2.login).join(", ")}`;
}
function onCallCalendar(model, options) {
  if (options.person !== void 0) checkPerson(options.person, options.schedules);
  const title = options.person ? `On call: ${options.person}` : `On call: ${options.schedules.map((s2) => s2.name).join(", ")}`;
  const calendar = W({
    name: title,
    prodId: { company: "ops-steward", product: "oncall", language: "EN" },
    description: `From ${model.files.join(", ")}`
  });
  for (const schedule of options.schedules) {
    for (const shift of wholeShifts(schedule, options.from.getTime(), options.to.getTime())) {
      if (shift.who === null) continue;
      if (options.person !== void 0 && !sameOwner(shift.who, options.person)) continue;
      calendar.createEvent({
        id: `${schedule.name}/${shift.who}/${new Date(shift.from).toISOString()}@ops-steward`,
        start: new Date(shift.from),
        end: new Date(shift.to),
        stamp: options.now,
        summary: `${shift.who} on call: ${schedule.name}`,
        description: `Schedule ${schedule.name} (${schedule.timeZone}), ${shift.source?.kind === "override" ? "override" : "rotation"}`
      });
    }
  }
  return calendar.toString();
}

// src/oncall/import-common.ts
var DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var q = (text) => JSON.stringify(text);
var pad = (n2) => String(n2).padStart(2, "0");
var clock = (minute) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "imported";
}
function parseExport(json, file) {
  try {
    return JSON.parse(json);
  } catch (error) {
    const { reason, line, column } = jsonSyntaxError(json, error);
    const at = line === void 0 ? "" : `:${line}:${column ?? 1}`;
    throw new InputError(`${file}${at}: not JSON: ${reason}`);
  }
}
function localTime(iso, zone) {
  const parsed = parseDateTime(iso);
  if (!parsed) return void 0;
  const wall = parsed.kind === "local" ? parsed.wall : wallClockOf(parsed.ms, zone);
  const text = new Date(wall).toISOString();
  return text.slice(16, 19) === ":00" ? text.slice(0, 16) : text.slice(0, 19);
}
function weeklyWindows(weekday, from, minutes) {
  if (minutes >= 7 * 1440) return [];
  const out = [];
  let day = weekday;
  let at = from;
  let left = minutes;
  while (left > 0) {
    const take = Math.min(left, 1440 - at);
    out.push(
      `{ days: [${DAY_NAMES[day]}], from: "${clock(at)}", to: "${take + at === 1440 ? "24:00" : clock(at + take)}" }`
    );
    left -= take;
    at = 0;
    day = (day + 1) % 7;
  }
  return out;
}

// src/oncall/opsgenie.ts
var UNITS = { hourly: "h", daily: "d", weekly: "w" };
function minuteOf(hour, minute) {
  const h2 = hour ?? 0;
  const m2 = minute ?? 0;
  if (!Number.isInteger(h2) || !Number.isInteger(m2) || h2 < 0 || h2 > 24 || m2 < 0 || m2 > 59) {
    return void 0;
  }
  return h2 * 60 + m2;
}
function restrictionLines(r2) {
  if (r2.type === "time-of-day") {
    const from = minuteOf(r2.restriction?.startHour, r2.restriction?.startMin);
    const to = minuteOf(r2.restriction?.endHour, r2.restriction?.endMin);
    if (from === void 0 || to === void 0) {
      return `time restriction ${JSON.stringify(r2.restriction)} is not a time of day`;
    }
    return from === to ? [] : [`{ from: "${clock(from % 1440)}", to: "${clock(to % 1440)}" }`];
  }
  if (r2.type !== "weekday-and-time-of-day") {
    return `time restriction type ${q(String(r2.type))} is unknown`;
  }
  const out = [];
  for (const w2 of r2.restrictions ?? []) {
    const startDay = DAY_NAMES.indexOf(String(w2.startDay).slice(0, 3).toLowerCase());
    const endDay = DAY_NAMES.indexOf(String(w2.endDay).slice(0, 3).toLowerCase());
    const from = minuteOf(w2.startHour, w2.startMin);
    const to = minuteOf(w2.endHour, w2.endMin);
    if (startDay < 0 || endDay < 0 || from === void 0 || to === void 0) {
      return `time restriction ${JSON.stringify(w2)} is not a weekday and time of day`;
    }
    const length = ((endDay - startDay) * 1440 + (to - from) + 7 * 1440) % (7 * 1440) || 7 * 1440;
    out.push(...weeklyWindows(startDay, from, length));
  }
  return out;
}
function importOpsgenieSchedule(json, file) {
  const data = parseExport(json, file);
  const root = data?.data ?? data;
  if (typeof root !== "object" || root === null || !Array.isArray(root.rotations)) {
    throw new InputError(
      `${file}: expected an Opsgenie schedule ({"data": {"rotations": [...]}}, from GET /v2/schedules/{id}?expand=rotation)`
    );
  }
  const og = root;
  const zone = og.timezone ?? "UTC";
  if (!isValidTimeZone(zone)) {
    throw new InputError(`${file}: data.timezone ${q(zone)} is not an IANA time zone`);
  }
  const lines = [
    `# Imported from Opsgenie schedule ${q(og.name ?? "imported")} (${file}).`,
    "# Members are Opsgenie users and teams as named there: write their @github-login instead to get who-owns,",
    "# escalation hints and the unknown-person check."
  ];
  if (og.rotations.length > 1) {
    lines.push(
      "# Opsgenie pages the on-call of every rotation at once; here a later layer wins where two overlap:",
      "# where yours overlap, make them schedules of their own and notify them on one policy level."
    );
  }
  lines.push(`timezone: ${zone}`, "schedules:", `  ${slug(og.name ?? "imported")}:`);
  if (og.description) lines.push(`    description: ${q(og.description)}`);
  lines.push("    layers:");
  let written = 0;
  og.rotations.forEach((rotation, i2) => {
    const label = rotation.name ?? `rotation ${i2 + 1}`;
    const problems = [];
    const unit = UNITS[String(rotation.type)];
    const length = rotation.length ?? 1;
    if (!unit || !Number.isInteger(length) || length < 1) {
      problems.push(`rotation type ${q(String(rotation.type))} of length ${length}`);
    }
    const start = localTime(rotation.startDate ?? "", zone);
    if (!start) problems.push(`startDate ${q(String(rotation.startDate))} is not a date-time`);
    const participants = rotation.participants ?? [];
    if (participants.length === 0) problems.push("no participants");
    if (participants.some((p2) => p2.type === "none")) {
      problems.push('a turn of nobody (participant type "none")');
    }
    const members = participants.map((p2) => p2.username ?? p2.name ?? p2.id ?? "");
    if (members.some((m2, k2) => m2 === "" && participants[k2].type !== "none")) {
      problems.push("a participant without a name or id");
    }
    const windows = rotation.timeRestriction ? restrictionLines(rotation.timeRestriction) : [];
    if (typeof windows === "string") problems.push(windows);
    if (problems.length > 0) {
      lines.push(`      # Rotation ${q(label)} is not imported: ${problems.join("; ")}.`);
      return;
    }
    written++;
    lines.push(`      - name: ${q(label)}`, `        start: ${start}`);
    const end = rotation.endDate ? localTime(rotation.endDate, zone) : void 0;
    if (end) lines.push(`        end: ${end}`);
    lines.push(`        shift: ${length}${unit}`, "        members:");
    participants.forEach((p2, k2) => {
      const kind = p2.type === "team" || p2.type === "escalation" ? ` # an Opsgenie ${p2.type}` : "";
      lines.push(`          - ${q(members[k2])}${kind}`);
    });
    if (typeof windows !== "string" && windows.length > 0) {
      lines.push("        restrictions:", ...windows.map((w2) => `          - ${w2}`));
    }
  });
  if (written === 0) {
    lines.push(
      "      # No rotation could be imported: write a layer by hand (see schemas/oncall.schema.json)."
    );
  }
  return `${lines.join("\n")}
`;
}

// src/oncall/pagerduty.ts
var DAY_S = 86400;
var WEEK_S = 7 * DAY_S;
function shiftOf(seconds) {
  if (!Number.isInteger(seconds) || seconds <= 0) return void 0;
  if (seconds % WEEK_S === 0) return `${seconds / WEEK_S}w`;
  if (seconds % DAY_S === 0) return `${seconds / DAY_S}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  return void 0;
}
function instant(iso) {
  return iso !== void 0 && parseDateTime(iso)?.kind === "instant" ? iso : void 0;
}
function minuteOfDay(time) {
  const m2 = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(time);
  if (!m2 || Number(m2[1]) > 23 || Number(m2[2]) > 59 || m2[3] !== void 0 && m2[3] !== "00")
    return void 0;
  return Number(m2[1]) * 60 + Number(m2[2]);
}
function restrictionLines2(r2) {
  const start = minuteOfDay(r2.start_time_of_day ?? "");
  const seconds = r2.duration_seconds;
  if (start === void 0 || seconds === void 0 || seconds <= 0 || seconds % 60 !== 0) {
    return `restriction ${JSON.stringify(r2)} is not on whole minutes`;
  }
  const minutes = seconds / 60;
  if (r2.type === "daily_restriction") {
    if (minutes >= 1440) return [];
    return [`{ from: "${clock(start)}", to: "${clock((start + minutes) % 1440)}" }`];
  }
  if (r2.type !== "weekly_restriction") return `restriction type ${q(String(r2.type))} is unknown`;
  const day = r2.start_day_of_week;
  if (typeof day !== "number" || day < 1 || day > 7) {
    return `weekly restriction without a start_day_of_week of 1\u20137`;
  }
  return weeklyWindows(day % 7, start, minutes);
}
function importPagerDutySchedule(json, file) {
  const data = parseExport(json, file);
  const root = data?.schedule ?? data;
  if (typeof root !== "object" || root === null || !Array.isArray(root.schedule_layers)) {
    throw new InputError(
      `${file}: expected a PagerDuty schedule ({"schedule": {"schedule_layers": [...]}}, from GET /schedules/{id})`
    );
  }
  const pd = root;
  const zone = pd.time_zone ?? "UTC";
  if (!isValidTimeZone(zone))
    throw new InputError(`${file}: schedule.time_zone ${q(zone)} is not an IANA time zone`);
  const name = slug(pd.name ?? "imported");
  const lines = [
    `# Imported from PagerDuty schedule ${q(pd.name ?? name)} (${file}).`,
    "# Members are PagerDuty users as named there: write their @github-login instead to get who-owns,",
    "# escalation hints and the unknown-person check.",
    `timezone: ${zone}`,
    "schedules:",
    `  ${name}:`
  ];
  if (pd.description) lines.push(`    description: ${q(pd.description)}`);
  lines.push("    layers:");
  const layers = [...pd.schedule_layers].reverse();
  let written = 0;
  layers.forEach((layer, i2) => {
    const label = layer.name ?? `Layer ${layers.length - i2}`;
    const problems = [];
    const shift = shiftOf(layer.rotation_turn_length_seconds ?? 0);
    if (!shift) {
      problems.push(
        `rotation_turn_length_seconds ${layer.rotation_turn_length_seconds} is not a whole number of hours`
      );
    }
    const anchor = localTime(layer.rotation_virtual_start ?? layer.start ?? "", zone);
    if (!anchor)
      problems.push(
        `rotation_virtual_start ${q(String(layer.rotation_virtual_start))} is not a date-time`
      );
    const members = (layer.users ?? []).map(
      (u2) => u2.user?.summary ?? u2.user?.email ?? u2.user?.id ?? ""
    );
    if (members.length === 0 || members.some((m2) => m2 === ""))
      problems.push("a user without a name or id");
    const windows = (layer.restrictions ?? []).map(restrictionLines2);
    for (const w2 of windows) if (typeof w2 === "string") problems.push(w2);
    if (problems.length > 0) {
      lines.push(`      # Layer ${q(label)} is not imported: ${problems.join("; ")}.`);
      return;
    }
    written++;
    lines.push(`      - name: ${q(label)}`, `        start: ${anchor}`);
    const starts = layer.start ? parseDateTime(layer.start) : void 0;
    const virtual = layer.rotation_virtual_start ? parseDateTime(layer.rotation_virtual_start) : void 0;
    if (starts?.kind === "instant" && virtual?.kind === "instant" && starts.ms > virtual.ms) {
      lines.push(
        `        # PagerDuty starts this layer at ${layer.start}: before that it pages nobody, here the rotation already runs.`
      );
    }
    if (layer.end) lines.push(`        end: ${localTime(layer.end, zone) ?? q(layer.end)}`);
    lines.push(`        shift: ${shift}`, "        members:");
    (layer.users ?? []).forEach((u2, k2) => {
      lines.push(
        `          - ${q(members[k2])}${u2.user?.id ? ` # PagerDuty user ${u2.user.id}` : ""}`
      );
    });
    const flat = windows.flat();
    if (flat.length > 0) {
      lines.push("        restrictions:", ...flat.map((w2) => `          - ${w2}`));
    }
  });
  if (written === 0) {
    lines.push(
      "      # No layer could be imported: write one by hand (see schemas/oncall.schema.json)."
    );
  }
  lines.push(...overrideLines(pd.overrides_subschedule?.rendered_schedule_entries ?? []));
  return `${lines.join("\n")}
`;
}
function overrideLines(entries) {
  if (entries.length === 0) return [];
  const lines = [
    "    # The overrides PagerDuty rendered in the window of this export; GET /schedules/{id}/overrides lists",
    "    # the others.",
    "    overrides:"
  ];
  let written = 0;
  for (const entry of entries) {
    const who = entry.user?.summary ?? entry.user?.email ?? entry.user?.id;
    const from = instant(entry.start);
    const to = instant(entry.end);
    if (who === void 0 || who === "" || from === void 0 || to === void 0) {
      lines.push(
        `      # Override ${JSON.stringify(entry)} is not imported: it needs a start, an end and a user.`
      );
      continue;
    }
    written++;
    const id = entry.user?.id ? ` # PagerDuty user ${entry.user.id}` : "";
    lines.push(`      - { who: ${q(who)}, from: ${from}, to: ${to} }${id}`);
  }
  if (written === 0) lines.splice(lines.indexOf("    overrides:"), 1);
  return lines;
}

// src/oncall/queries.ts
function whoAt(model, at) {
  const schedules = {};
  for (const [name, s2] of model.schedules) {
    const who = whoIsOnCall(s2, at);
    schedules[name] = who ? [who.person] : [];
  }
  const policies = {};
  for (const name of model.policies.keys()) {
    policies[name] = (onCallLevelsAt(model, name, at) ?? []).map((l2) => l2.people);
  }
  return { at: isoInZone(at.getTime(), "UTC"), schedules, policies };
}
function scheduleNamed(model, name) {
  const s2 = model.schedules.get(name);
  if (s2) return s2;
  const known = [...model.schedules.keys()];
  throw new InputError(
    `no schedule "${name}" in ${model.files.join(", ")}${didYouMean(name, known)}` + (known.length > 0 ? ` (schedules: ${known.join(", ")})` : "")
  );
}
function timelineRows(schedule, from, to) {
  return scheduleTimeline(schedule, from.getTime(), to.getTime()).map((s2) => ({
    from: isoInZone(s2.from, schedule.timeZone),
    to: isoInZone(s2.to, schedule.timeZone),
    who: s2.who
  }));
}
function gapRows(model, from, to) {
  const names = [...model.schedules.keys()].sort();
  return names.flatMap((name) => {
    const s2 = model.schedules.get(name);
    return coverageGaps(s2, scheduleTimeline(s2, from.getTime(), to.getTime())).map((g2) => ({
      schedule: name,
      from: isoInZone(g2.from, s2.timeZone),
      to: isoInZone(g2.to, s2.timeZone)
    }));
  });
}
function checkWindow(from, to) {
  if (to.getTime() <= from.getTime()) {
    throw new InputError(`--to (${to.toISOString()}) must be after --from (${from.toISOString()})`);
  }
}

// src/cli/commands/oncall.ts
var DAY_MS = 864e5;
function repoOptions(cmd) {
  return withRepo(cmd);
}
async function open(dir, opts, io) {
  return loadRepoContext({ ...opts, repo: repoOf(dir, opts, io.cwd) }, io);
}
function windowOptions(cmd) {
  return repoOptions(cmd).option("--from <iso>", "start (ISO-8601; default now)").option("--to <iso>", "end (ISO-8601; default --from + oncall.horizonDays)");
}
async function requireModel(ctx, io) {
  const { model, findings } = await loadOnCall(ctx.files, ctx.config.oncall);
  for (const f2 of findings) {
    if (f2.severity !== "notice") io.stderr(`${f2.severity}: ${formatLocation(f2)} ${f2.message}
`);
  }
  if (!model) {
    throw new UsageError(
      `no on-call file in ${ctx.root}: oncall.files names ${ctx.config.oncall.files.join(", ")}`
    );
  }
  return model;
}
function windowOf(opts, ctx) {
  const from = parseNow(opts.from, "--from");
  const to = opts.to === void 0 ? new Date(from.getTime() + ctx.config.oncall.horizonDays * DAY_MS) : parseNow(opts.to, "--to");
  checkWindow(from, to);
  return { from, to };
}
function registerOnCallCommands(program2, io) {
  const group = program2.command("oncall").description(
    "on-call: who is on call, the final timeline, coverage gaps, calendar export, import"
  );
  const who = repoOptions(group.command("who"));
  withClock(who, "who is on call").description(
    "who is on call now (or --at) for every schedule and every escalation level"
  );
  who.option("--json", 'print JSON: {"at","schedules":{name:[who]},"policies":{name:[[level 1],\u2026]}}').action(async (dir, opts) => {
    const at = nowOf(opts);
    const ctx = await open(dir, opts, io);
    const answer = whoAt(await requireModel(ctx, io), at);
    if (opts.json) io.stdout(`${JSON.stringify(answer)}
`);
    else {
      const rows = [
        ...Object.entries(answer.schedules).map(([n2, w2]) => [
          "schedule",
          n2,
          w2.join(", ") || "(nobody)"
        ]),
        ...Object.entries(answer.policies).map(([n2, levels]) => [
          "policy",
          n2,
          levels.map((p2, i2) => `L${i2 + 1} ${p2.join(", ") || "(nobody)"}`).join("; ")
        ])
      ];
      io.stdout(`at ${answer.at}
${table(["KIND", "NAME", "ON CALL"], rows)}`);
    }
    io.setExitCode(EXIT_OK);
  });
  windowOptions(group.command("timeline")).description("the final timeline of one schedule: who is on call from when to when").requiredOption("--schedule <name>", "the schedule").option("--json", 'print JSON: [{"from","to","who"}] (who: null where nobody is on)').action(async (dir, opts) => {
    const ctx = await open(dir, opts, io);
    const model = await requireModel(ctx, io);
    const { from, to } = windowOf(opts, ctx);
    const rows = timelineRows(scheduleNamed(model, opts.schedule), from, to);
    io.stdout(
      opts.json ? `${JSON.stringify(rows)}
` : table(
        ["FROM", "TO", "WHO"],
        rows.map((r2) => [r2.from, r2.to, r2.who ?? "(nobody)"])
      )
    );
    io.setExitCode(EXIT_OK);
  });
  windowOptions(group.command("gaps")).description("every stretch of required coverage where nobody is on call").option("--json", 'print JSON: [{"schedule","from","to"}]').action(async (dir, opts) => {
    const ctx = await open(dir, opts, io);
    const model = await requireModel(ctx, io);
    const { from, to } = windowOf(opts, ctx);
    const rows = gapRows(model, from, to);
    io.stdout(
      opts.json ? `${JSON.stringify(rows)}
` : rows.length === 0 ? "no coverage gaps\n" : table(
        ["SCHEDULE", "FROM", "TO"],
        rows.map((r2) => [r2.schedule, r2.from, r2.to])
      )
    );
    io.setExitCode(EXIT_OK);
  });
  windowOptions(group.command("export")).description("an iCalendar feed of the shifts (one event per shift) to subscribe to").requiredOption("--ics", "iCalendar (RFC 5545) output").option("--schedule <name>", "only this schedule (default: every schedule)").option("--person <login>", "only this person's shifts, across every schedule").action(
    async (dir, opts) => {
      const ctx = await open(dir, opts, io);
      const model = await requireModel(ctx, io);
      const { from, to } = windowOf(opts, ctx);
      const schedules = opts.schedule === void 0 ? [...model.schedules.values()] : [scheduleNamed(model, opts.schedule)];
      io.stdout(
        onCallCalendar(model, {
          schedules,
          from,
          to,
          now: parseNow(void 0),
          ...opts.person === void 0 ? {} : { person: opts.person }
        })
      );
      io.setExitCode(EXIT_OK);
    }
  );
  const imports = group.command("import").description("convert a schedule from another tool into our YAML");
  const importer = (tool, what, convert) => {
    imports.command(tool).description(`print our YAML for ${what}`).argument("<file>", "the exported JSON").action(async (file) => {
      const absolute = path8.resolve(io.cwd, file);
      let text;
      try {
        text = await readFile2(absolute, "utf8");
      } catch (error) {
        throw new UsageError(
          `cannot read ${file}: ${error.code ?? String(error)}`
        );
      }
      io.stdout(convert(text, file));
      io.setExitCode(EXIT_OK);
    });
  };
  importer(
    "pagerduty",
    "a PagerDuty schedule (GET /schedules/{id} as JSON)",
    importPagerDutySchedule
  );
  importer(
    "opsgenie",
    "an Opsgenie schedule (GET /v2/schedules/{id}?expand=rotation as JSON)",
    importOpsgenieSchedule
  );
}

// src/cli/main.ts
async function runCli(argv, io) {
  let exitCode = 0;
  const scoped = { ...io, setExitCode: (code) => exitCode = code };
  const program2 = buildProgram(scoped);
  try {
    await program2.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`ops-steward: ${error.message}
`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
function buildProgram(io) {
  const program2 = new Command("ops-steward").description("Keeps operational hygiene honest: feature flags, CODEOWNERS, runbooks, on-call.").version(VERSION, "-V, --version").showSuggestionAfterError(true).showHelpAfterError('(run "ops-steward --help" for usage)').exitOverride().configureOutput({
    writeOut: (s2) => io.stdout(s2),
    writeErr: (s2) => io.stderr(s2)
  });
  registerInitCommand(program2, io);
  registerCheckCommand(program2, io);
  registerFlagsCommands(program2, io);
  registerCodeownersCommands(program2, io);
  registerOnCallCommands(program2, io);
  registerDocsCommands(program2, io);
  registerMonitorsCommands(program2, io);
  routeSubcommands(program2, io, []);
  return program2;
}
function routeSubcommands(parent, io, names) {
  for (const sub of parent.commands) {
    const path9 = [...names, sub.name()];
    sub.exitOverride().showSuggestionAfterError(true).configureOutput({ writeOut: (s2) => io.stdout(s2), writeErr: (s2) => io.stderr(s2) }).showHelpAfterError(`(run "ops-steward ${path9.join(" ")} --help" for usage)`);
    routeSubcommands(sub, io, path9);
  }
}

// src/cli/index.ts
var EXIT_INTERNAL = 3;
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  stderrIsTty: Boolean(process.stderr.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : void 0,
  clock: () => performance.now(),
  setExitCode: () => void 0
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const debug = Boolean(process.env.OPS_STEWARD_DEBUG);
    const detail = error instanceof Error ? debug ? error.stack ?? error.message : error.message : String(error);
    process.stderr.write(
      `ops-steward: internal error: ${detail}
${debug ? "" : "Set OPS_STEWARD_DEBUG=1 for a stack trace, and please report it.\n"}`
    );
    process.exitCode = EXIT_INTERNAL;
  }
);
