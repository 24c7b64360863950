import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  commentOnPullRequest,
  fetchPullRequestDiff,
  githubBaseFiles,
  githubCheckServices,
  isTooLarge,
  readContentsAtRef,
  readFileAtRef,
  renderModuleReview,
  reviewPullRequest,
  withSupersededReplaced
} from "./chunks/chunk-ESELV3BQ.js";
import {
  CHECK_RUN_LIMITS,
  CHECK_RUN_UPDATE,
  CODEOWNERS_LOCATIONS,
  DEFAULT_MAX_FILE_BYTES,
  InputError,
  MODULES,
  NoticeLog,
  RepoError,
  UnreadableFileError,
  UserError,
  comparePaths,
  completeCheckRun,
  conclusionFor,
  countFindings,
  createCheckRun,
  decodeText,
  defuseMarkers,
  describeError,
  formatCounts,
  formatLocation,
  githubFlagIssues,
  httpStatus,
  isLockedRefusal,
  isRateLimited,
  loadConfigAt,
  loadRegistries,
  memoryRepo,
  ownerKind,
  ownersOf,
  pLimit,
  pageItems,
  parseCodeowners,
  prop,
  readLimitFor,
  registrySources,
  renderMarkdown,
  requestBudget,
  runChecks,
  sameOwner,
  silentLog,
  sizeLimitFor,
  str,
  syncFlagIssues,
  toCheckRunAnnotations,
  tooLargeReason,
  validateMaxFileBytes
} from "./chunks/chunk-JZZVEPMK.js";
import "./chunks/chunk-32TNWBZQ.js";
import {
  require_dist
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

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder2 = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder2(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline(...streams, (err) => {
          if (err) return reject(err);
          resolve();
        });
      });
    }
    function pipeline(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str2) {
      const len = b4a.byteLength(str2);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str2;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract2 = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract2._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract2.destroy(err);
          consumeCallback(err);
          return new Promise((resolve, reject) => {
            if (extract2.destroyed) return resolve({ value: void 0, done: true });
            extract2.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract2(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/app/index.ts
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { ProbotOctokit, createProbot, run } from "probot";

// src/repo/tarball.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
async function readTarball(gzipped, maxBytes) {
  const files = /* @__PURE__ */ new Map();
  const unpack = (0, import_tar_stream.extract)();
  const done = new Promise((resolve, reject) => {
    unpack.on("entry", (header, stream, next) => {
      const slash = header.name.indexOf("/");
      const path = slash === -1 ? "" : header.name.slice(slash + 1);
      const wanted = header.type === "file" && path !== "" && (header.size ?? 0) <= maxBytes(path);
      const chunks = [];
      stream.on("data", (chunk) => {
        if (wanted) chunks.push(Buffer.from(chunk));
      });
      stream.on("end", () => {
        if (wanted) files.set(path, Buffer.concat(chunks));
        next();
      });
      stream.on("error", reject);
      stream.resume();
    });
    unpack.on("finish", resolve);
    unpack.on("error", reject);
  });
  const gunzip = createGunzip();
  gunzip.on("error", (err) => unpack.destroy(err));
  Readable.from([Buffer.from(gzipped)]).pipe(gunzip).pipe(unpack);
  await done;
  return files;
}

// src/repo/github.ts
var DEFAULT_CONCURRENCY = 8;
var DEFAULT_TARBALL_FROM = 50;
var SYMLINK_MODE = "120000";
async function openGitHubRepo(octokit, { owner, repo, ref }, opts = {}) {
  const maxFileBytes = validateMaxFileBytes(opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const limit = pLimit(opts.concurrency ?? DEFAULT_CONCURRENCY);
  const where2 = `${owner}/${repo}`;
  const call = (what, route, params) => limit(() => octokit.request(route, { owner, repo, ...params })).then(
    (res) => res.data,
    (err) => {
      throw describeHttpError(err, what);
    }
  );
  const { sha, treeSha } = await resolveCommit(call, where2, ref);
  const notices = new NoticeLog();
  const blobs = /* @__PURE__ */ new Map();
  const oversized = /* @__PURE__ */ new Map();
  const fetchTree = async (treeSha2, recursive) => {
    const params = { tree_sha: treeSha2 };
    if (recursive) params.recursive = "1";
    return parseTree(
      await call(
        `the tree ${treeSha2} of ${where2}`,
        "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
        params
      )
    );
  };
  const addEntry = (path, e) => {
    if (e.type !== "blob") return;
    if (e.mode === SYMLINK_MODE)
      notices.add(path, "symlinks are not followed in a GitHub checkout");
    else if (e.size !== void 0 && e.size > sizeLimitFor(path, maxFileBytes)) {
      notices.add(path, tooLargeReason(e.size, sizeLimitFor(path, maxFileBytes)));
      oversized.set(path, { sha: e.sha, size: e.size });
    } else blobs.set(path, { sha: e.sha });
  };
  const collect2 = async (treeSha2, prefix) => {
    const full = await fetchTree(treeSha2, true);
    if (!full.truncated) {
      for (const e of full.entries) addEntry(prefix + e.path, e);
      return;
    }
    const level = await fetchTree(treeSha2, false);
    if (level.truncated) {
      throw new RepoError(
        `The directory "${prefix || "/"}" of ${where2}@${sha} has too many entries to list through the GitHub API`
      );
    }
    const subtrees = [];
    for (const e of level.entries) {
      if (e.type === "tree") subtrees.push(collect2(e.sha, `${prefix}${e.path}/`));
      else addEntry(prefix + e.path, e);
    }
    await Promise.all(subtrees);
  };
  await collect2(treeSha, "");
  const sorted = [...blobs.keys()].sort(comparePaths);
  const cache = /* @__PURE__ */ new Map();
  const unlist = (path, why) => {
    blobs.delete(path);
    if (why !== void 0) notices.add(path, why);
    return void 0;
  };
  let archive;
  let archiveFiles;
  const fromArchive = (path) => {
    if (blobs.size < (opts.tarballFrom ?? DEFAULT_TARBALL_FROM)) return Promise.resolve(void 0);
    archive ??= call(
      `the tarball of ${where2}@${short(sha)}`,
      "GET /repos/{owner}/{repo}/tarball/{ref}",
      {
        ref: sha
      }
    ).then(
      (data) => data instanceof ArrayBuffer ? readTarball(new Uint8Array(data), (p) => sizeLimitFor(p, maxFileBytes)).catch(
        () => void 0
      ) : void 0,
      () => void 0
    );
    return archive.then((files) => {
      archiveFiles = files;
      return files?.get(path);
    });
  };
  const load = async (path, blobSha, limit2) => {
    const given = opts.known?.get(path);
    if (given?.sha === blobSha) return decodeListed(path, given.bytes, limit2);
    const archived = oversized.has(path) ? void 0 : await fromArchive(path);
    if (archived) return decodeListed(path, archived, limit2);
    let data;
    try {
      data = await call(
        `${path} in ${where2}@${short(sha)}`,
        "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
        {
          file_sha: blobSha
        }
      );
    } catch (err) {
      if (err instanceof RepoError && err.status === 404) return unlist(path);
      throw err;
    }
    return decodeListed(path, blobBytes(data, `${path} in ${where2}`), limit2);
  };
  const decodeListed = async (path, bytes, limit2) => {
    if (bytes.length > limit2) {
      notices.replace(path, tooLargeReason(bytes.length, limit2));
      return unlist(path);
    }
    const decoded = await decodeText(bytes);
    if ("skip" in decoded) {
      notices.replace(path, decoded.skip);
      return unlist(path);
    }
    notices.decoded(path, decoded);
    if (oversized.has(path)) notices.delete(path);
    return decoded.text;
  };
  return {
    label: `${where2}@${short(sha)}`,
    sha,
    list: () => Promise.resolve(sorted.filter((p) => blobs.has(p))),
    read: (path, options) => {
      const cached = cache.get(path);
      if (cached) return cached;
      const limit2 = readLimitFor(path, maxFileBytes, options?.maxBytes);
      const large = oversized.get(path);
      if (large && large.size > limit2) {
        notices.replace(path, tooLargeReason(large.size, limit2));
        return Promise.resolve(void 0);
      }
      const blob = blobs.get(path) ?? large;
      if (!blob) return Promise.resolve(void 0);
      const pending = load(path, blob.sha, limit2);
      cache.set(path, pending);
      pending.catch(() => cache.delete(path));
      return pending;
    },
    notices: () => notices.list(),
    isLoaded: (path) => cache.has(path) || archiveFiles?.has(path) === true
  };
}
async function resolveCommit(call, where2, ref) {
  const what = `ref "${ref}" of ${where2}`;
  let data;
  try {
    data = /^[0-9a-f]{40}$/i.test(ref) ? await call(what, "GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { commit_sha: ref }) : await call(what, "GET /repos/{owner}/{repo}/commits/{ref}", { ref });
  } catch (err) {
    const status = err instanceof RepoError ? err.status : void 0;
    const cause = err instanceof RepoError ? err.cause : err;
    if (status === 404 || status === 422) {
      throw new RepoError(
        `Cannot resolve ref "${ref}" in ${where2} (HTTP ${status}): the repository or ref does not exist, or the token cannot read it`,
        { cause, status }
      );
    }
    if (status === 409) {
      throw new RepoError(`${where2} is an empty repository: there is no commit to check`, {
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
async function withCheckRun(octokit, target, spec, log, evaluate2) {
  let created;
  const [result] = await withCheckRuns(octokit, target, [spec], log, async (runs) => {
    created = runs.get(spec.name);
    if (!created) throw new Error(`check run ${spec.name} was not created`);
    return [await evaluate2(created)];
  });
  if (result !== void 0) return result;
  return { conclusion: "failure", checkRunId: created?.checkRunId ?? 0, findings: [] };
}
async function withCheckRuns(octokit, target, specs, log, evaluate2) {
  const runs = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Set();
  const what = new Map(specs.map((s) => [s.name, s.what]));
  const complete = async (name, result) => {
    const run2 = runs.get(name);
    if (!run2 || done.has(name)) return;
    done.add(name);
    await completeCheckRun(octokit, run2, result);
  };
  const failRest = async (reason, expected) => {
    for (const [name, run2] of runs) {
      if (done.has(name)) continue;
      done.add(name);
      try {
        await completeCheckRun(octokit, run2, {
          conclusion: "failure",
          output: failureOutput(what.get(name) ?? name, reason, expected)
        });
      } catch (concludeError) {
        log.error(
          `could not conclude check run ${run2.checkRunId} after a failure: ${messageOf(concludeError)}`
        );
      }
    }
  };
  let creating = true;
  try {
    for (const spec of specs) {
      runs.set(
        spec.name,
        await createCheckRun(octokit, {
          owner: target.owner,
          repo: target.repo,
          name: spec.name,
          headSha: target.headSha,
          output: { title: "Checking\u2026", summary: `Checking ${spec.what}.` }
        })
      );
    }
    creating = false;
    return await evaluate2(runs, complete);
  } catch (error) {
    const expected = !creating && isExpected(error);
    await failRest(messageOf(error), expected);
    if (!expected) throw error;
    log.warning(
      `${specs.map((s) => `${s.name} on ${s.what}`).join("; ")} failed: ${messageOf(error)}`
    );
    return [];
  }
}
function isExpected(error) {
  return error instanceof RepoError || error instanceof UnreadableFileError || error instanceof InputError;
}
var FAILURE_TITLE = "ops-steward could not check ";
function isFallbackTitle(title) {
  return typeof title === "string" && title.startsWith(FAILURE_TITLE);
}
function failureOutput(what, reason, expected) {
  return {
    title: `${FAILURE_TITLE}${what}`,
    summary: `ops-steward could not check ${what}:

> ${reason.replace(/\n/g, "\n> ")}

` + (expected ? "Fix the cause above, then re-run this check from the Checks tab." : "This looks like a bug or a GitHub outage. Re-run this check from the Checks tab; if it fails again, please report it.")
  };
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/app/config.ts
function loadBaseConfig(octokit, base) {
  return loadConfigAt((path) => readFileAtRef(octokit, { ...base, path }));
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
    deps2.onContext?.(void 0);
    deps2.log.info(`${label(target)}: invalid configuration on the base branch (${n} errors)`);
    return { conclusion: "failure", checkRunId: run2.checkRunId, findings: loaded.errors };
  }
  const files = await openGitHubRepo(octokit, {
    owner: target.head.owner,
    repo: target.head.repo,
    ref: target.headSha
  });
  const context = {
    config: loaded.config,
    ...loaded.configPath !== void 0 ? { configPath: loaded.configPath } : {},
    files
  };
  deps2.onContext?.(context);
  const checked = await runChecks(files, loaded.config, {
    now: deps2.now,
    configPath: loaded.configPath,
    configDiagnostics: loaded.diagnostics,
    // The base repository holds the CODEOWNERS verdict and the collaborators, also for fork PRs.
    ...deps2.modules ? { modules: deps2.modules } : {},
    services: githubCheckServices(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha
    })
  });
  const review = await deps2.review?.();
  const findings = review ? withSupersededReplaced(checked.findings, review) : checked.findings;
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
    deps2.log.warning(`${label(target)}: ${omittedAnnotations} annotations left out (cap reached)`);
  deps2.log.info(`${label(target)}: ${conclusion} (${formatCounts(countFindings(findings))})`);
  return {
    conclusion,
    checkRunId: run2.checkRunId,
    findings,
    context
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

// src/app/pull-request-checks.ts
function pullRequestRunName(module) {
  return `${CHECK_NAME} / ${module.id}`;
}
function pullRequestRunNames(modules = MODULES) {
  return modules.filter((m) => m.pullRequest).map(pullRequestRunName);
}
async function checkPullRequestChanges(octokit, target, deps2) {
  const registry = deps2.modules ?? MODULES;
  const modules = registry.filter(
    (m) => m.pullRequest && (!deps2.only || deps2.only.includes(pullRequestRunName(m))) && deps2.context?.config.checks[m.id] !== false
  );
  const conclusions = {};
  if (modules.length === 0) return { findings: [], conclusions };
  const specs = modules.map((m) => ({
    name: pullRequestRunName(m),
    what: `the ${m.title} rules of ${label2(target)}`
  }));
  const result = await withCheckRuns(octokit, target, specs, deps2.log, async (_runs, complete) => {
    const finishAll = async (conclusion, title, summary) => {
      for (const m of modules) {
        await complete(pullRequestRunName(m), { conclusion, output: { title, summary } });
        conclusions[pullRequestRunName(m)] = conclusion;
      }
      deps2.log.info(`${label2(target)}: pull request runs ${conclusion} (${title})`);
      return [];
    };
    let context = deps2.context;
    if (!context) {
      const loaded = await loadBaseConfig(octokit, {
        owner: target.owner,
        repo: target.repo,
        ref: target.configRef
      });
      if (!loaded.ok)
        return finishAll(
          "failure",
          `Invalid configuration in ${loaded.configPath}`,
          `The config on the base branch is invalid, so the rules of this change did not run. The \`${CHECK_NAME}\` check run lists every problem with its line.`
        );
      const files = await openGitHubRepo(octokit, {
        owner: target.head.owner,
        repo: target.head.repo,
        ref: target.headSha
      });
      context = { config: loaded.config, configPath: loaded.configPath, files };
    }
    const config = context.config;
    for (const m of modules) {
      if (config.checks[m.id] !== false) continue;
      await complete(pullRequestRunName(m), {
        conclusion: "success",
        output: {
          title: `${m.title} checks are switched off`,
          summary: `\`checks.${m.id}\` is \`false\` in the base branch config.`
        }
      });
      conclusions[pullRequestRunName(m)] = "success";
    }
    const enabled = modules.filter((m) => config.checks[m.id] !== false);
    if (enabled.length === 0) return [];
    if (target.pullNumber === void 0)
      return finishAll(
        "neutral",
        "No pull request to compare with",
        "GitHub did not say which pull request this commit belongs to (a re-run of a fork pull request), so the rules of its changes cannot be checked here. Push again or re-run from the pull request."
      );
    const outcome = await reviewChanges(
      octokit,
      { ...target, pullNumber: target.pullNumber },
      {
        context,
        now: deps2.now,
        modules: enabled
      }
    );
    deps2.onReview?.(outcome);
    for (const note of [...outcome.notes, ...outcome.reviews.flatMap((r) => r.notes)])
      deps2.log.info(`${label2(target)}: ${note}`);
    for (const review of outcome.reviews) {
      const conclusion = conclusionFor(review.findings);
      const title = formatCounts(countFindings(review.findings));
      await complete(pullRequestRunName(review), {
        conclusion,
        output: { title, summary: runSummary(review, outcome, target) },
        annotations: toCheckRunAnnotations(review.findings)
      });
      conclusions[pullRequestRunName(review)] = conclusion;
      deps2.log.info(`${label2(target)}: ${pullRequestRunName(review)} ${conclusion} (${title})`);
    }
    await comment(octokit, target, target.pullNumber, outcome, deps2);
    return outcome.findings;
  });
  return { findings: result, conclusions };
}
async function reviewChanges(octokit, target, params) {
  const { context } = params;
  const diff = await fetchPullRequestDiff(octokit, {
    owner: target.owner,
    repo: target.repo,
    pullNumber: target.pullNumber,
    ...target.changedFiles !== void 0 ? { changedFiles: target.changedFiles } : {}
  });
  return reviewPullRequest({
    files: context.files,
    config: context.config,
    ...context.configPath !== void 0 ? { configPath: context.configPath } : {},
    now: params.now,
    diff,
    base: githubBaseFiles(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.configRef
    }),
    ...params.modules ? { modules: params.modules } : {},
    services: githubCheckServices(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha
    })
  });
}
function runSummary(review, outcome, target) {
  const footer = `
---
_Config from the base branch at \`${target.configRef.slice(0, 12)}\`._
`;
  const notes = outcome.notes.map((n) => `
> ${n}
`).join("");
  const maxChars = Math.floor(CHECK_RUN_LIMITS.outputBytes / 3) - footer.length - notes.length;
  return renderModuleReview(review, { label: label2(target), maxChars }) + notes + footer;
}
async function comment(octokit, target, pullNumber, outcome, deps2) {
  const result = await commentOnPullRequest(
    octokit,
    { owner: target.owner, repo: target.repo, pullNumber },
    outcome,
    {
      label: label2(target),
      footer: `Updated on every push by the ops-steward App; each part has its own \`${CHECK_NAME} / \u2026\` check run.`
    }
  );
  const line = `${label2(target)}: ${result.line}`;
  if (result.level === "info") deps2.log.info(line);
  else deps2.log.warning(line);
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
  const tag = (name) => f.written === "jsdoc" ? `\`@${name}\` (JSDoc)` : `\`${name}\``;
  const step = f.policy ? ` (at most ${f.policy.days} days per renewal, ${inlineCode(f.policy.source)})` : "";
  const text = [
    `Renews feature flag ${inlineCode(f.key)} by ${f.days} days${step}:`,
    "",
    `- ${tag("expires")}: ${f.previousExpires} \u2192 **${f.expires}**`,
    `- ${tag("renewedFrom")}: ${f.previousExpires} (the expiry this renewal extends)`,
    "",
    `Requested by @${f.commenter} in #${f.issueNumber}, who may renew it as ${f.because}. Only ${inlineCode(f.registryPath)} changes.`,
    "",
    "Merge to keep the flag until then. If it is no longer needed, close this and remove the flag instead \u2014 that is always the better outcome."
  ].join("\n");
  return `${renewalMarker(f.key)}
${defuseMarkers(text)}`;
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
async function planRenewalAcross(req) {
  const { config } = req;
  const sources = registrySources(config);
  const loaded = await loadRegistries(memoryRepo(Object.fromEntries(req.registries)), config);
  if (loaded.unusable) return invalidRegistry(loaded.unusable.entry, loaded.unusable.finding);
  const flag = loaded.registry.flags.find((f) => f.key === req.key);
  if (!flag)
    return unknownFlag(
      req.key,
      sources.filter((s) => req.registries.has(s.path)).map((s) => s.entry),
      loaded.registry.flags
    );
  const yamlPath = flag.metadataFile ?? (sources.some((s) => s.kind === "yaml" && s.path === flag.file) ? flag.file : void 0);
  if (yamlPath !== void 0) {
    const text2 = req.registries.get(yamlPath) ?? "";
    return renewStep(
      req,
      flag,
      yamlPath,
      "yaml",
      (next) => renewInRegistryText(text2, req.key, next)
    );
  }
  const declaring = loaded.codeRegistries.find(
    (r) => r.file === flag.file && r.keys.includes(req.key)
  );
  const source = sources.find(
    (s) => s.kind === "code" && s.entry === declaring?.entry
  );
  const text = req.registries.get(flag.file);
  if (!source || text === void 0)
    return {
      ok: false,
      reason: "edit-failed",
      flag,
      message: `I could not tell which registry declares ${inlineCode(req.key)}, so I cannot edit it safely. Renew it by hand.`
    };
  const { renewInCodeRegistryText } = await import("./chunks/edit-code-NMZPAY7X.js");
  return renewStep(
    req,
    flag,
    flag.file,
    "jsdoc",
    (next) => renewInCodeRegistryText(text, source, req.key, next)
  );
}
function invalidRegistry(entry, first) {
  const where2 = first?.line ? ` (line ${first.line}${first.column ? `, column ${first.column}` : ""})` : "";
  return {
    ok: false,
    reason: "registry-invalid",
    message: `I could not read ${inlineCode(entry)} on the default branch${where2}: ${first?.message ?? "it is not a flag registry"}. Fix the registry first, then ask again.`
  };
}
function unknownFlag(key, registries, flags) {
  const hint = suggestKey(
    key,
    flags.map((f) => f.key)
  );
  const files = registries.map(inlineCode);
  const where2 = files.length <= 1 ? files[0] ?? "the registry" : `${files.slice(0, -1).join(", ")} or ${files.at(-1)}`;
  return {
    ok: false,
    reason: "unknown-flag",
    message: `There is no flag ${inlineCode(key)} in ${where2} on the default branch, so there is nothing to renew.` + (hint ? ` Did you mean ${inlineCode(hint)}?` : "") + " Use the key exactly as it is written in the registry."
  };
}
function renewStep(req, flag, path, written, edit) {
  const { config } = req;
  const file = inlineCode(path);
  const code = inlineCode(req.key);
  const field3 = written === "yaml" ? "`expires`" : "JSDoc `@expires`";
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
      message: `${code} has no valid ${field3} date in ${file} (line ${flag.line}), so there is nothing to move. Fix its entry in a pull request; the registry check says what is wrong.`
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
  const edited = edit({ expires, renewedFrom: flag.expires });
  if (!edited.ok) {
    const byHand = written === "yaml" ? `set \`expires: ${expires}\` and \`renewedFrom: ${flag.expires}\`` : `set \`@expires ${expires}\` and add \`@renewedFrom ${flag.expires}\` in its JSDoc`;
    return {
      ok: false,
      reason: "edit-failed",
      flag,
      message: `I could not edit ${file} safely: ${edited.message}. Renew it by hand: ${byHand}.`
    };
  }
  return {
    ok: true,
    flag,
    path,
    written,
    days,
    policy,
    previousExpires: flag.expires,
    expires,
    text: edited.text
  };
}
function suggestKey(key, keys) {
  if (keys.length === 0) return void 0;
  const caseless = keys.find((k) => k.toLowerCase() === key.toLowerCase());
  if (caseless) return caseless;
  const best = (0, import_fastest_levenshtein.closest)(key, [...keys]);
  return (0, import_fastest_levenshtein.distance)(key, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : void 0;
}

// src/engine/renew-flag.ts
var MAX_TEAM_LOOKUPS = 10;
async function renewFlag(request, port) {
  const { commenter, defaultBranch: defaultBranch2, where: where2 } = request;
  const log = request.log ?? silentLog;
  if (/\[bot\]$/i.test(commenter)) return { kind: "ignored", reason: "comment by a bot" };
  const command = parseRenewCommand(request.body);
  if (command.kind === "none") return { kind: "ignored", reason: "no renew command" };
  const reply = async (reason, text2) => {
    await port.reply(request.issueNumber, `@${commenter} ${text2}`);
    log.info(`renew in ${where2}#${request.issueNumber} by ${commenter}: ${reason}`);
    return { kind: "replied", reason, reply: text2 };
  };
  if (command.kind === "invalid") return reply("invalid", command.message);
  const baseSha = await port.branchSha(defaultBranch2);
  const paths = [...new Set(registrySources(request.config.flags).map((s) => s.path))];
  const registries = /* @__PURE__ */ new Map();
  try {
    for (const path of paths) {
      const file = await port.readWithSha(path, baseSha);
      if (file) registries.set(path, file);
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    log.warning(`renew in ${where2}: ${error.message}`);
    return reply(
      "failed",
      `I could not read the flag registry: ${error.message}. Renew the flag by hand: move its ${inlineCode("expires")} by at most one step and set ${inlineCode("renewedFrom")} to the old expiry, in a pull request of your own.`
    );
  }
  if (registries.size === 0)
    return reply(
      "no-registry",
      `There is no ${orList(paths.map(inlineCode))} on ${inlineCode(defaultBranch2)}, so there is no flag to renew.`
    );
  const plan = await planRenewalAcross({
    registries: new Map([...registries].map(([path, f]) => [path, f.text])),
    key: command.key,
    days: command.days,
    config: request.config.flags,
    now: request.now
  });
  if (!plan.ok) return reply(plan.reason, plan.message);
  const registryPath = plan.path;
  const permission = await checkPermission(
    request,
    port,
    plan.flag.owners,
    registryPath,
    baseSha,
    log
  );
  if (!permission.allowed) return reply("refused", permission.message);
  const facts = {
    key: plan.flag.key,
    previousExpires: plan.previousExpires,
    expires: plan.expires,
    days: plan.days,
    policy: plan.policy,
    registryPath,
    written: plan.written,
    commenter,
    issueNumber: request.issueNumber,
    because: permission.because
  };
  const branch = renewalBranch(facts.key, facts.expires);
  const change = {
    branch,
    baseSha,
    defaultBranch: defaultBranch2,
    path: registryPath,
    blobSha: registries.get(registryPath).sha,
    text: plan.text,
    facts
  };
  let opened;
  try {
    const existing = await port.findOpenPull(branch);
    opened = existing ? { pull: existing, reused: true, refreshed: await port.refreshBranch(change) } : await port.openPull(change);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    log.warning(`renew ${facts.key} in ${where2}: GitHub refused a write: ${describeError(error)}`);
    return reply("failed", failedReply(facts, error));
  }
  const { pull, reused } = opened;
  const text = `${openedReply(facts, pull, reused)}${refreshNote(opened.refreshed, defaultBranch2)}`;
  await port.reply(request.issueNumber, `@${commenter} ${text}`);
  log.info(
    `renew ${facts.key} in ${where2} by ${commenter}: ${reused ? "reused" : "opened"} #${pull.number} (${facts.previousExpires} \u2192 ${facts.expires})`
  );
  return {
    kind: reused ? "reused" : "opened",
    pullNumber: pull.number,
    pullUrl: pull.url,
    branch,
    reply: text
  };
}
async function checkPermission(request, port, flagOwners, registryPath, baseSha, log) {
  const memberOf = /* @__PURE__ */ new Set();
  let role = null;
  let codeowners = [];
  const decide = () => decideRenewPermission({
    commenter: request.commenter,
    flagOwners,
    registryCodeowners: codeowners,
    registryPath,
    role,
    memberOf
  });
  let verdict = decide();
  if (verdict.allowed) return verdict;
  role = await port.role(request.commenter);
  verdict = decide();
  if (verdict.allowed) return verdict;
  codeowners = await registryCodeowners(registryPath, port, baseSha, log);
  verdict = decide();
  if (verdict.allowed) return verdict;
  for (const team of teamsToCheck(flagOwners, codeowners).slice(0, MAX_TEAM_LOOKUPS)) {
    if (await port.isTeamMember(team, request.commenter)) {
      memberOf.add(team);
      break;
    }
  }
  return decide();
}
async function registryCodeowners(registryPath, port, ref, log) {
  for (const location of CODEOWNERS_LOCATIONS) {
    let text;
    try {
      text = await port.read(location, ref);
    } catch (error) {
      log.warning(`could not read ${location}: ${describeError(error)}`);
      return [];
    }
    if (text === void 0) continue;
    const codeowners = parseCodeowners(text, location);
    return codeowners.ignored ? [] : ownersOf(codeowners, registryPath).owners;
  }
  return [];
}
function isRefusal(error) {
  const status = httpStatus(error);
  if (status === void 0 || status < 400 || status >= 500 || isRateLimited(error)) return false;
  return status !== 409 || !/\bdoes not match\b/i.test(describeError(error));
}
function failedReply(facts, error) {
  const why = describeError(error).replace(/\s+/g, " ").trim();
  const dates = facts.written === "jsdoc" ? `set the ${inlineCode("@expires")} tag of ${inlineCode(facts.key)} to ${facts.expires} and ${inlineCode("@renewedFrom")} to ${facts.previousExpires} in ${inlineCode(facts.registryPath)}` : `set ${inlineCode("expires")} of ${inlineCode(facts.key)} to ${facts.expires} and ${inlineCode("renewedFrom")} to ${facts.previousExpires} in ${inlineCode(facts.registryPath)}`;
  return `I could not open the renewal pull request: GitHub refused it (${why}). To renew by hand, ${dates} in a pull request of your own.`;
}
function refreshNote(refreshed, defaultBranch2) {
  if (refreshed === "updated")
    return ` Its branch was brought up to date with ${inlineCode(defaultBranch2)}, where the registry had changed.`;
  if (refreshed === "diverged")
    return ` Its branch has commits of its own and does not match ${inlineCode(defaultBranch2)} any more: update it there before merging.`;
  return "";
}
function orList(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

// src/github/renewal.ts
function githubRenewals(octokit, repo, log = silentLog) {
  const { owner, repo: name } = repo;
  return {
    branchSha: (branch) => branchSha(octokit, repo, branch),
    readWithSha: (path, ref) => readWithSha(octokit, { owner, repo: name, path, ref }),
    read: (path, ref) => readFileAtRef(octokit, { owner, repo: name, path, ref }),
    async role(login) {
      try {
        const { data } = await octokit.request(
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
          { owner, repo: name, username: login }
        );
        return roleFromPermissionResponse(data);
      } catch (error) {
        if (httpStatus(error) === 404) return "none";
        log.warning(
          `could not read the permission of ${login} on ${owner}/${name}: ${describeError(error)}`
        );
        return null;
      }
    },
    async isTeamMember(team, login) {
      const [org, slug] = team.replace(/^@/, "").split("/");
      try {
        const { data } = await octokit.request(
          "GET /orgs/{org}/teams/{team_slug}/memberships/{username}",
          { org, team_slug: slug, username: login }
        );
        return data.state === "active";
      } catch (error) {
        if (httpStatus(error) !== 404)
          log.warning(`could not check membership of ${login} in ${team}: ${describeError(error)}`);
        return false;
      }
    },
    findOpenPull: (branch) => findOpenPull(octokit, repo, branch),
    refreshBranch: (change) => refreshBranch(octokit, repo, change),
    async openPull(change) {
      await prepareBranch(octokit, repo, change);
      try {
        const { data } = await octokit.request("POST /repos/{owner}/{repo}/pulls", {
          owner,
          repo: name,
          title: renewalTitle(change.facts),
          head: change.branch,
          base: change.defaultBranch,
          body: renewalBody(change.facts)
        });
        return { pull: readPull(data), reused: false };
      } catch (error) {
        const raced = httpStatus(error) === 422 ? await findOpenPull(octokit, repo, change.branch) : void 0;
        if (!raced) throw error;
        return { pull: raced, reused: true };
      }
    },
    async reply(issueNumber, body) {
      try {
        await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo: name,
          issue_number: issueNumber,
          body
        });
      } catch (error) {
        if (!isLockedRefusal(error, false)) throw error;
        log.warning(
          `#${issueNumber} in ${owner}/${name} is locked: GitHub refused the reply (${describeError(error)}); it said: ${body}`
        );
      }
    }
  };
}
async function prepareBranch(octokit, { owner, repo }, change) {
  const { branch, baseSha, path, text } = change;
  try {
    await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
      owner,
      repo,
      ref: `refs/heads/${branch}`,
      sha: baseSha
    });
  } catch (error) {
    if (httpStatus(error) !== 422 || !/already exists/i.test(describeError(error))) throw error;
    const onBranch = await readWithSha(octokit, { owner, repo, path, ref: branch });
    if (onBranch?.text === text) return;
    await resetBranch(octokit, { owner, repo }, branch, baseSha);
  }
  await commitRenewal(octokit, { owner, repo }, change);
}
async function resetBranch(octokit, { owner, repo }, branch, sha) {
  await octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
    owner,
    repo,
    ref: `heads/${branch}`,
    sha,
    force: true
  });
}
async function commitRenewal(octokit, { owner, repo }, change) {
  const { branch, path, text } = change;
  await octokit.request("PUT /repos/{owner}/{repo}/contents/{path}", {
    owner,
    repo,
    path,
    branch,
    sha: change.blobSha,
    message: renewalCommitMessage(change.facts),
    content: Buffer.from(text, "utf8").toString("base64")
  });
}
async function refreshBranch(octokit, { owner, repo }, change) {
  const onBranch = await readWithSha(octokit, {
    owner,
    repo,
    path: change.path,
    ref: change.branch
  });
  if (onBranch?.text === change.text) return "current";
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
    owner,
    repo,
    basehead: `${change.baseSha}...${change.branch}`
  });
  const commits = prop(data, "commits");
  const title = renewalCommitMessage(change.facts).split("\n")[0];
  const ours = Array.isArray(commits) && commits.every(
    (c) => (str(prop(prop(c, "commit"), "message")) ?? "").startsWith(title)
  );
  if (!ours) return "diverged";
  const sha = await renewalCommitOn(octokit, { owner, repo }, change);
  await resetBranch(octokit, { owner, repo }, change.branch, sha);
  return "updated";
}
async function renewalCommitOn(octokit, { owner, repo }, change) {
  const base = await octokit.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
    owner,
    repo,
    commit_sha: change.baseSha
  });
  const baseTree = str(prop(prop(base.data, "tree"), "sha"));
  const tree = await octokit.request("POST /repos/{owner}/{repo}/git/trees", {
    owner,
    repo,
    ...baseTree ? { base_tree: baseTree } : {},
    tree: [{ path: change.path, mode: "100644", type: "blob", content: change.text }]
  });
  const commit = await octokit.request("POST /repos/{owner}/{repo}/git/commits", {
    owner,
    repo,
    message: renewalCommitMessage(change.facts),
    tree: str(prop(tree.data, "sha")),
    parents: [change.baseSha]
  });
  const sha = str(prop(commit.data, "sha"));
  if (!sha) throw new Error("GitHub created the renewal commit without naming it");
  return sha;
}
async function findOpenPull(octokit, { owner, repo }, branch) {
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
async function branchSha(octokit, { owner, repo }, branch) {
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
      throw new UnreadableFileError(
        `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is over 1 MB, too large for the GitHub contents API`
      );
    throw error;
  }
  const r = typeof data === "object" && data !== null && !Array.isArray(data) ? data : {};
  if (r.type !== "file" || typeof r.content !== "string" || typeof r.sha !== "string" || r.encoding !== "base64")
    throw new UnreadableFileError(
      `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is not a readable file (directory, symlink or over 1 MB)`
    );
  return { text: Buffer.from(r.content, "base64").toString("utf8"), sha: r.sha };
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
    deps2.log.warning(`renew in ${event.owner}/${event.repo}#${event.issueNumber}: invalid config`);
    return { kind: "replied", reason: "invalid", reply };
  }
  const repo = { owner: event.owner, repo: event.repo };
  return renewFlag(
    {
      where: `${event.owner}/${event.repo}`,
      issueNumber: event.issueNumber,
      commenter: event.commenter,
      body: event.body,
      defaultBranch: event.defaultBranch,
      config: loaded.config,
      now: deps2.now,
      log: deps2.log
    },
    githubRenewals(octokit, repo, deps2.log)
  );
}

// src/app/concurrency.ts
function limitConcurrency(limit) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency limit must be a whole number \u2265 1, got ${limit}`);
  let running = 0;
  const waiting = [];
  return async (task) => {
    if (running >= limit) await new Promise((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

// src/app/env-number.ts
function numberFromEnv(env, name, range) {
  const raw = env[name]?.trim();
  if (!raw) return void 0;
  const n = range.whole && !/^\d+$/.test(raw) ? Number.NaN : Number(raw);
  const fits = range.whole ? Number.isSafeInteger(n) : Number.isFinite(n);
  if (!fits || n < range.min || range.max !== void 0 && n > range.max)
    throw new Error(`${name} must be ${range.expected}, got "${raw}"`);
  return n;
}

// src/app/redeliver-runs.ts
var CREATE_CHECK_RUN = "POST /repos/{owner}/{repo}/check-runs";
var DeliveryRuns = class {
  constructor(maxDeliveries = 2e3) {
    this.maxDeliveries = maxDeliveries;
  }
  maxDeliveries;
  /** The oldest deliveries are forgotten first. */
  deliveries = /* @__PURE__ */ new Map();
  /** One client per attempt (a context), however often a handler asks for it. */
  clients = /* @__PURE__ */ new WeakMap();
  /** Marks the attempt of a delivery as failed, so that its redelivery reuses its runs. */
  failed(deliveryId) {
    const record = deliveryId === void 0 ? void 0 : this.deliveries.get(deliveryId);
    if (record) record.failed = true;
  }
  /** The GitHub client one attempt's handlers use. */
  client(context) {
    const cached = this.clients.get(context);
    if (cached) return cached;
    let record = this.deliveries.get(context.id);
    if (!record) {
      record = { runs: /* @__PURE__ */ new Map(), failed: false };
      this.deliveries.set(context.id, record);
      if (this.deliveries.size > this.maxDeliveries) {
        const oldest = this.deliveries.keys().next().value;
        if (oldest !== void 0) this.deliveries.delete(oldest);
      }
    }
    const repeat = record.failed;
    record.failed = false;
    const client = wrap(context.octokit, record.runs, repeat, context.id);
    this.clients.set(context, client);
    return client;
  }
};
function wrap(octokit, runs, repeat, deliveryId) {
  const byId = (id) => [...runs.values()].find((r) => r.id === id);
  return {
    request: async (route, params = {}) => {
      if (route === CREATE_CHECK_RUN) {
        const key = `${String(params.owner)}/${String(params.repo)}@${String(params.head_sha)} ${String(params.name)}`;
        const prior = runs.get(key);
        if (repeat && prior && (prior.concluded === "result" || !prior.annotationsSent)) {
          prior.kept = prior.concluded === "result";
          return { data: { id: prior.id } };
        }
        const response = await octokit.request(route, { external_id: deliveryId, ...params });
        const id = response.data.id;
        if (typeof id === "number") runs.set(key, { id, annotationsSent: false, kept: false });
        return response;
      }
      if (route === CHECK_RUN_UPDATE) {
        const record = byId(params.check_run_id);
        if (record?.kept) return { data: { id: record.id } };
        const response = await octokit.request(route, params);
        if (record) {
          const output = params.output;
          if ((output?.annotations?.length ?? 0) > 0) record.annotationsSent = true;
          if (params.conclusion !== void 0)
            record.concluded = isFallbackTitle(output?.title) ? "fallback" : "result";
        }
        return response;
      }
      return octokit.request(route, params);
    }
  };
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
  const now = deps2.now ?? Date.now;
  const stopping = new AbortController();
  let timer;
  let running;
  const schedule = (base) => {
    if (stopping.signal.aborted) return;
    const delay = base + Math.floor(random() * options.maxJitterMs);
    timer = setTimeout(() => {
      const current = {
        done: Promise.resolve(),
        since: now()
      };
      const control = { signal: stopping.signal, at: (where2) => current.at = where2 };
      current.done = pass(control).then(
        () => void 0,
        (error) => deps2.log.error(
          `daily flags-sync pass failed: ${error instanceof Error ? error.message : String(error)}`
        )
      ).finally(() => {
        running = void 0;
        schedule(options.intervalMs);
      });
      running = current;
    }, delay);
    timer.unref();
    deps2.log.info(
      `daily flags-sync: next pass in ${Math.round(delay / 6e4)} min (${DAILY_SYNC_ENV}=off disables it)`
    );
  };
  schedule(0);
  return {
    stop: () => {
      stopping.abort();
      if (timer) clearTimeout(timer);
    },
    idle: () => running?.done ?? Promise.resolve(),
    inProgress: () => {
      if (!running) return void 0;
      const where2 = running.at ? ` at ${running.at}` : "";
      return `the daily flags-sync pass${where2} (started ${Math.round((now() - running.since) / 1e3)} s ago)`;
    }
  };
}

// src/app/sync.ts
async function syncRepository(octokit, target, deps2) {
  const where2 = `${target.owner}/${target.repo}`;
  try {
    const ref = target.ref ?? await defaultBranch(octokit, target);
    const loaded = await loadBaseConfig(octokit, { owner: target.owner, repo: target.repo, ref });
    if (!loaded.ok) {
      const reason = `the config ${loaded.configPath} at ${ref} is invalid (${loaded.errors.length} error(s)); the flag issues were left as they are`;
      deps2.log.warning(`flags-sync ${where2}: ${reason}`);
      return { kind: "skipped", reason };
    }
    const config = loaded.config;
    if (config.checks.flags === false)
      return { kind: "skipped", reason: "checks.flags is false in the config" };
    const registries = [...new Set(registrySources(config.flags).map((r) => r.path))];
    const probe = await probeRegistries(
      octokit,
      { owner: target.owner, repo: target.repo, ref },
      registries
    );
    if (!probe.found && !await hasOpenFlagIssue(octokit, target, config.flags.sync.labels.base))
      return {
        kind: "skipped",
        reason: `no ${orList2(registries)} and no open flag issue: nothing to sweep`
      };
    const tree = await openGitHubRepo(
      octokit,
      { owner: target.owner, repo: target.repo, ref },
      { known: probe.read }
    );
    const result = await syncFlagIssues({
      tracker: githubFlagIssues(octokit),
      owner: target.owner,
      repo: target.repo,
      sha: tree.sha,
      files: tree,
      config,
      now: deps2.now,
      log: {
        info: (m) => deps2.log.info(`flags-sync ${where2}: ${m}`),
        warning: (m) => deps2.log.warning(`flags-sync ${where2}: ${m}`)
      },
      ...deps2.serverUrl ? { serverUrl: deps2.serverUrl } : {}
    });
    const c = result.counts;
    deps2.log.info(
      `flags-sync ${where2}@${tree.sha.slice(0, 7)}: ${c.created} created, ${c.updated} updated, ${c.closed} closed, ${c.reopened} reopened, ${c.escalated} escalated, ${result.writes}/${result.budget} writes` + (result.error ? `; error: ${result.error}` : "")
    );
    return result.error ? { kind: "failed", reason: result.error } : { kind: "synced", result };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps2.log.warning(`flags-sync ${where2}: ${reason}`);
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
async function probeRegistries(octokit, at, paths) {
  const read = /* @__PURE__ */ new Map();
  let found = false;
  for (const path of paths) {
    try {
      const file = await readContentsAtRef(octokit, { ...at, path });
      if (file === void 0) continue;
      found = true;
      if (file.blob) read.set(path, file.blob);
    } catch (error) {
      if (error instanceof UnreadableFileError) found = true;
      else throw error;
    }
  }
  return { found, read };
}
function orList2(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
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
    if (deps2.signal?.aborted) break;
    const inst = raw;
    if (typeof inst.id !== "number" || inst.suspended_at) continue;
    summary.installations++;
    try {
      const id = inst.id;
      await sweepInstallation(await app.auth(id), () => app.auth(id), summary, deps2);
    } catch (error) {
      deps2.log.warning(
        `daily flags-sync: installation ${inst.id} (${String(inst.account?.login ?? "?")}) failed: ${error instanceof Error ? error.message : String(error)}`
      );
    }
  }
  if (deps2.signal?.aborted) summary.stopped = true;
  deps2.log.info(
    `daily flags-sync: ${summary.installations} installation(s), ${summary.repositories} repositories: ${summary.synced} synced, ${summary.skipped} skipped, ${summary.failed} failed` + (summary.stopped ? "; stopped early for the shutdown (the next pass, within an hour of the next start, sweeps the rest)" : "")
  );
  return summary;
}
async function sweepInstallation(octokit, repoClient, summary, deps2) {
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
    if (deps2.signal?.aborted) return;
    const r = raw;
    if (typeof r.name !== "string" || typeof r.owner?.login !== "string") continue;
    summary.repositories++;
    if (r.archived === true || r.has_issues === false) {
      summary.skipped++;
      continue;
    }
    deps2.at?.(`${r.owner.login}/${r.name}`);
    const outcome = await syncRepository(
      await repoClient(),
      {
        owner: r.owner.login,
        repo: r.name,
        ...typeof r.default_branch === "string" ? { ref: r.default_branch } : {}
      },
      { log: deps2.log, now: deps2.now(), ...deps2.serverUrl ? { serverUrl: deps2.serverUrl } : {} }
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
var DEFAULT_MAX_CONCURRENT_CHECKS = 4;
var PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.synchronize",
  "pull_request.reopened"
];
function createApp(options = {}) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const limited = limitConcurrency(options.maxConcurrentChecks ?? DEFAULT_MAX_CONCURRENT_CHECKS);
  const runs = new DeliveryRuns();
  const octokitOf = (context) => runs.client(context);
  return (app) => {
    app.onError((error) => runs.failed(error.event?.id));
    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      const { repository, pull_request: pr } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      await limited(
        () => checkBoth(octokitOf(context), context, targetFromPullRequest(base, pr), now, options)
      );
    });
    app.on("check_run.rerequested", async (context) => {
      const { repository, check_run: run2 } = context.payload;
      const changesRun = options.pullRequestRuns !== false && pullRequestRunNames(options.modules).includes(run2.name);
      if (run2.name !== CHECK_NAME && !changesRun) return;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: run2.head_sha,
        pullNumbers: run2.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch
      });
      await limited(async () => {
        if (run2.name === CHECK_NAME)
          await rerunMain(octokitOf(context), context, target, now, options);
        else
          await checkPullRequestChanges(octokitOf(context), target, {
            now: now(),
            log: logOf(context),
            only: [run2.name],
            ...options.modules ? { modules: options.modules } : {}
          });
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
      await limited(() => checkBoth(octokitOf(context), context, target, now, options));
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
      await limited(
        () => syncRepository(
          octokitOf(context),
          { owner: repository.owner?.login ?? "", repo: repository.name, ref: after },
          { now: now(), log: logOf(context) }
        )
      );
    });
    app.on(["installation.created", "installation_repositories.added"], async (context) => {
      const payload = context.payload;
      const repos = "repositories_added" in payload ? payload.repositories_added : payload.repositories ?? [];
      const installation = payload.installation.id;
      for (const r of repos) {
        const [owner, repo] = r.full_name.split("/");
        if (!owner || !repo) continue;
        await limited(
          async () => syncRepository(
            await app.auth(installation),
            { owner, repo },
            { now: now(), log: logOf(context) }
          )
        );
      }
    });
    if (options.dailySync) {
      const timer = startTimer(app, options.dailySync, now);
      options.onDailySync?.(timer);
    }
  };
}
function startTimer(app, schedule, now) {
  const log = {
    info: (m) => app.log.info(m),
    warning: (m) => app.log.warn(m),
    error: (m) => app.log.error(m)
  };
  return startDailySync(
    ({ signal, at }) => sweepInstallations(
      { auth: (id) => app.auth(id) },
      { now, log, signal, at }
    ),
    schedule,
    { log }
  );
}
async function checkBoth(octokit, context, target, now, options) {
  if (options.pullRequestRuns === false) {
    await checkPullRequest(octokit, target, deps(context, now, options.modules));
    return;
  }
  const loaded = settleOnce();
  const reviewed = settleOnce();
  const main2 = checkPullRequest(octokit, target, {
    ...deps(context, now, options.modules),
    onContext: loaded.settle,
    review: () => reviewed.promise
  }).finally(() => loaded.settle(void 0));
  const changes = loaded.promise.then(
    (ctx) => checkPullRequestChanges(octokit, target, {
      now: now(),
      log: logOf(context),
      ...ctx ? { context: ctx } : {},
      ...options.modules ? { modules: options.modules } : {},
      onReview: reviewed.settle
    })
  ).finally(() => reviewed.settle(void 0));
  const [mainResult, changesResult] = await Promise.allSettled([main2, changes]);
  if (mainResult.status === "rejected") throw mainResult.reason;
  if (changesResult.status === "rejected") throw changesResult.reason;
}
async function rerunMain(octokit, context, target, now, options) {
  let loaded;
  const pullNumber = target.pullNumber;
  await checkPullRequest(octokit, target, {
    ...deps(context, now, options.modules),
    onContext: (ctx) => loaded = ctx,
    review: async () => {
      if (!loaded || pullNumber === void 0 || options.pullRequestRuns === false)
        return void 0;
      const reviewing = {
        context: loaded,
        now: now(),
        ...options.modules ? { modules: options.modules } : {}
      };
      return reviewChanges(octokit, { ...target, pullNumber }, reviewing).catch(
        (error) => {
          context.log.warn(
            `the review of #${pullNumber} could not be worked out again for the ops-steward run (${describeError(error)}): its own verdicts stand`
          );
          return void 0;
        }
      );
    }
  });
}
function settleOnce() {
  let settle;
  const promise = new Promise((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}
function logOf(context) {
  return {
    info: (m) => context.log.info(m),
    warning: (m) => context.log.warn(m),
    error: (m) => context.log.error(m)
  };
}
function deps(context, now, modules) {
  return { now: now(), log: logOf(context), ...modules ? { modules } : {} };
}
function appFromEnvironment(env = process.env, hooks = {}) {
  return (app, probotOptions) => {
    const dailySync = dailySyncFromEnv(env);
    const maxConcurrentChecks = maxConcurrentChecksFromEnv(env);
    return createApp({
      ...hooks,
      ...dailySync ? { dailySync } : {},
      ...maxConcurrentChecks ? { maxConcurrentChecks } : {}
    })(app, probotOptions);
  };
}
var MAX_CONCURRENT_CHECKS_ENV = "OPS_STEWARD_MAX_CONCURRENT_CHECKS";
function maxConcurrentChecksFromEnv(env) {
  return numberFromEnv(env, MAX_CONCURRENT_CHECKS_ENV, {
    whole: true,
    min: 1,
    expected: "a whole number of 1 or more"
  });
}
var app_default = createApp();

// src/app/redeliver-github.ts
var LIST_DELIVERIES = "GET /app/hook/deliveries";
var REDELIVER = "POST /app/hook/deliveries/{delivery_id}/attempts";
var PER_PAGE = 100;
async function listDeliveriesSince(client, since, options) {
  const attempts = [];
  let malformed = 0;
  let cursor;
  for (let page = 1; page <= options.maxPages; page++) {
    const { data, headers } = await client.request(LIST_DELIVERIES, {
      per_page: PER_PAGE,
      ...cursor === void 0 ? {} : { cursor }
    });
    const items = Array.isArray(data) ? data : [];
    let reachedEdge = false;
    for (const item of items) {
      const attempt = toAttempt(item);
      if (!attempt) {
        malformed += 1;
        continue;
      }
      if (attempt.deliveredAt < since) {
        reachedEdge = true;
        continue;
      }
      attempts.push(attempt);
    }
    cursor = nextCursor(headers?.link);
    if (reachedEdge || cursor === void 0 || options.stopped?.())
      return { attempts, pages: page, complete: true, malformed };
  }
  return { attempts, pages: options.maxPages, complete: false, malformed };
}
async function askRedelivery(client, deliveryId) {
  try {
    await client.request(REDELIVER, { delivery_id: deliveryId });
    return { kind: "accepted" };
  } catch (error) {
    const status = statusOf(error);
    return status === void 0 ? { kind: "failed", message: messageOf2(error) } : { kind: "refused", status, message: messageOf2(error) };
  }
}
function statusOf(error) {
  const status = typeof error === "object" && error !== null && "status" in error ? error.status : void 0;
  return typeof status === "number" && status >= 400 ? status : void 0;
}
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function toAttempt(item) {
  if (typeof item !== "object" || item === null) return void 0;
  const d = item;
  const deliveredAt = typeof d.delivered_at === "string" ? Date.parse(d.delivered_at) : NaN;
  if (typeof d.id !== "number" || typeof d.guid !== "string" || d.guid === "") return void 0;
  if (Number.isNaN(deliveredAt)) return void 0;
  const event = typeof d.event === "string" ? d.event : "unknown event";
  return {
    id: d.id,
    guid: d.guid,
    deliveredAt,
    redelivery: d.redelivery === true,
    // GitHub reports no answer at all (refused, reset, timed out) as 0.
    statusCode: typeof d.status_code === "number" ? d.status_code : 0,
    status: typeof d.status === "string" ? d.status : "",
    event: typeof d.action === "string" && d.action !== "" ? `${event}.${d.action}` : event
  };
}
function nextCursor(link) {
  if (typeof link !== "string") return void 0;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (!match?.[1]) continue;
    try {
      return new URL(match[1]).searchParams.get("cursor") ?? void 0;
    } catch {
      return void 0;
    }
  }
  return void 0;
}

// src/app/redeliver-abandoned.ts
var ABANDONED_AFTER_MS = 30 * 60 * 1e3;
var HEAD_SHA = {
  "pull_request.opened": (p) => field2(field2(p.pull_request, "head"), "sha"),
  "pull_request.synchronize": (p) => field2(field2(p.pull_request, "head"), "sha"),
  "pull_request.reopened": (p) => field2(field2(p.pull_request, "head"), "sha"),
  "check_run.rerequested": (p) => field2(p.check_run, "head_sha"),
  "check_suite.rerequested": (p) => field2(p.check_suite, "head_sha")
};
var DELIVERY = "GET /app/hook/deliveries/{delivery_id}";
var CHECK_RUNS = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs";
var MAX_RUN_PAGES = 3;
function abandonedCandidate(history, now, handling) {
  let latest;
  for (const a of history.attempts.values()) {
    if (a.statusCode >= 200 && a.statusCode < 300 && a.statusCode !== 202) return void 0;
    if (!latest || a.deliveredAt > latest.deliveredAt) latest = a;
  }
  if (!latest || latest.statusCode !== 202) return void 0;
  if (history.closed !== void 0) return void 0;
  if (history.probed === latest.id || !(latest.event in HEAD_SHA)) return void 0;
  if (now - latest.deliveredAt < ABANDONED_AFTER_MS || handling(history.guid)) return void 0;
  return latest;
}
async function probeDelivery(appClient, installationClient, attempt) {
  let target;
  try {
    const { data } = await appClient.request(DELIVERY, { delivery_id: attempt.id });
    const found = targetOf(field2(field2(data, "request"), "payload"), attempt.event);
    if (typeof found === "string") return { kind: "unknown", reason: found };
    target = found;
  } catch (error) {
    return { kind: "unknown", reason: `could not read the delivery: ${messageOf2(error)}` };
  }
  let runs;
  try {
    runs = await latestRuns(await installationClient(target.installationId), target);
  } catch (error) {
    return {
      kind: "unknown",
      reason: `could not list the check runs of ${where(target)}: ${messageOf2(error)}`
    };
  }
  const own = runs.filter((r) => r.externalId === attempt.guid);
  const open = own.filter((r) => !r.completed);
  if (open.length > 0) return { kind: "unfinished", target, open };
  if (own.some((r) => isFallbackTitle(r.title))) return { kind: "failed", target };
  if (own.length > 0 || runs.some((r) => r.name === CHECK_NAME)) return { kind: "fine" };
  return { kind: "never-started", target };
}
async function cancelOpenRuns(installationClient, probe, guid, next = { kind: "redelivered" }) {
  const stopped = `ops-steward stopped before it finished this check (webhook delivery \`${guid}\`)`;
  const summary = next.kind === "redelivered" ? `${stopped}, so it asked GitHub to send the event again: a new run of this check replaces this one. If none appears, choose **Re-run** here.` : `${stopped}, and GitHub will not send it again (${next.why}): choose **Re-run** here to check this commit.`;
  const problems = [];
  const client = await installationClient(probe.target.installationId);
  for (const run2 of probe.open) {
    try {
      await client.request(CHECK_RUN_UPDATE, {
        owner: probe.target.owner,
        repo: probe.target.repo,
        check_run_id: run2.id,
        status: "completed",
        conclusion: "cancelled",
        output: {
          title: "Not finished: the App stopped while checking",
          summary
        }
      });
    } catch (error) {
      problems.push(`run ${run2.id} (${run2.name}): ${messageOf2(error)}`);
    }
  }
  return problems;
}
function where(target) {
  return `${target.owner}/${target.repo}@${target.headSha.slice(0, 7)}`;
}
function targetOf(payload, event) {
  if (typeof payload !== "object" || payload === null)
    return "GitHub returned the delivery without its payload";
  const p = payload;
  const installationId = field2(p.installation, "id");
  const owner = field2(field2(p.repository, "owner"), "login");
  const repo = field2(p.repository, "name");
  const headSha = HEAD_SHA[event]?.(p);
  if (typeof installationId !== "number" || typeof owner !== "string" || typeof repo !== "string" || typeof headSha !== "string" || headSha === "")
    return "its payload names no installation, repository or commit";
  return { installationId, owner, repo, headSha };
}
async function latestRuns(client, target) {
  const out = [];
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    const { data } = await client.request(CHECK_RUNS, {
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
      filter: "latest",
      per_page: 100,
      page
    });
    const listed = field2(data, "check_runs");
    const items = Array.isArray(listed) ? listed : [];
    for (const item of items) {
      const id = field2(item, "id");
      const name = field2(item, "name");
      if (typeof id !== "number" || typeof name !== "string") continue;
      const externalId = field2(item, "external_id");
      out.push({
        id,
        name,
        externalId: typeof externalId === "string" ? externalId : "",
        completed: field2(item, "status") === "completed",
        title: field2(field2(item, "output"), "title")
      });
    }
    if (items.length < 100) break;
  }
  return out;
}
function field2(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}

// src/app/redeliver-select.ts
var DEFAULT_SELECTION = {
  maxRedeliveries: 3,
  pendingMs: 60 * 60 * 1e3
};
function isRetryable(statusCode) {
  return statusCode === 0 || statusCode === 408 || statusCode === 429 || statusCode >= 500;
}
var STILL_PROCESSING = 202;
function isSuccess(statusCode) {
  return statusCode >= 200 && statusCode < 300;
}
function judge(history, policy, now, failedLate = false) {
  const attempts = [...history.attempts.values()];
  const succeeded = (a) => isSuccess(a.statusCode) && !(failedLate && a.statusCode === STILL_PROCESSING);
  if (attempts.some(succeeded)) return { kind: "succeeded" };
  if (history.closed !== void 0) return { kind: "closed", reason: history.closed };
  const latest = newest(attempts);
  if (!latest) return { kind: "succeeded" };
  if (!isRetryable(latest.statusCode) && !(failedLate && latest.statusCode === STILL_PROCESSING))
    return { kind: "not-retryable", attempt: latest };
  const seen = redeliveriesListed(history);
  if (history.askedAt !== void 0 && seen <= (history.redeliveriesAtAsk ?? 0) && now - history.askedAt < policy.pendingMs)
    return { kind: "pending" };
  const redeliveries = redeliveriesOf(history);
  if (redeliveries >= policy.maxRedeliveries)
    return { kind: "exhausted", redeliveries, attempt: latest };
  return { kind: "redeliver", attempt: latest };
}
function redeliveriesListed(history) {
  let n = 0;
  for (const a of history.attempts.values()) if (a.redelivery) n += 1;
  return n;
}
function redeliveriesOf(history) {
  return Math.max(redeliveriesListed(history), history.asks);
}
function newest(attempts) {
  let best;
  for (const a of attempts)
    if (!best || a.deliveredAt > best.deliveredAt || a.deliveredAt === best.deliveredAt && a.id > best.id)
      best = a;
  return best;
}
var DeliveryLedger = class {
  constructor(limits = {
    maxAgeMs: 3 * 24 * 60 * 60 * 1e3,
    maxEvents: 2e4
  }) {
    this.limits = limits;
  }
  limits;
  events = /* @__PURE__ */ new Map();
  /**
   * Adds one listing's attempts. An event is kept when one of its attempts failed, was answered 202 (its
   * handlers may fail after the answer) or it is known already; one that only ever succeeded needs no memory.
   */
  record(attempts) {
    const byGuid = /* @__PURE__ */ new Map();
    for (const a of attempts) {
      const list = byGuid.get(a.guid);
      if (list) list.push(a);
      else byGuid.set(a.guid, [a]);
    }
    for (const [guid, list] of byGuid) {
      let history = this.events.get(guid);
      if (!history) {
        if (list.every((a) => isSuccess(a.statusCode) && a.statusCode !== STILL_PROCESSING))
          continue;
        history = { guid, attempts: /* @__PURE__ */ new Map(), asks: 0 };
        this.events.set(guid, history);
      }
      for (const a of list) history.attempts.set(a.id, a);
    }
  }
  /** Events to decide about, oldest failure first, so a backlog is worked off in the order it built up. */
  histories() {
    return [...this.events.values()].sort((a, b) => firstAt(a) - firstAt(b));
  }
  asked(guid, now) {
    const history = this.events.get(guid);
    if (!history) return;
    history.asks += 1;
    history.askedAt = now;
    history.redeliveriesAtAsk = redeliveriesListed(history);
  }
  close(guid, reason) {
    const history = this.events.get(guid);
    if (history) history.closed = reason;
  }
  prune(now) {
    for (const [guid, history] of this.events)
      if (now - lastAt(history) > this.limits.maxAgeMs) this.events.delete(guid);
    const excess = this.events.size - this.limits.maxEvents;
    if (excess > 0)
      for (const history of this.histories().slice(0, excess)) this.events.delete(history.guid);
  }
};
function firstAt(history) {
  let at = Infinity;
  for (const a of history.attempts.values()) at = Math.min(at, a.deliveredAt);
  return at;
}
function lastAt(history) {
  let at = -Infinity;
  for (const a of history.attempts.values()) at = Math.max(at, a.deliveredAt);
  return Math.max(at, history.askedAt ?? -Infinity);
}

// src/app/redeliver.ts
var REDELIVER_MINUTES_ENV = "OPS_STEWARD_REDELIVER_MINUTES";
var REDELIVER_LOOKBACK_ENV = "OPS_STEWARD_REDELIVER_LOOKBACK_HOURS";
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DEFAULT_REDELIVERY = {
  ...DEFAULT_SELECTION,
  intervalMs: 10 * MINUTE,
  lookbackMs: 6 * HOUR,
  maxRequestsPerPass: 100,
  maxPages: 100,
  maxProbesPerPass: 20
};
var OVERLAP_MS = 5 * MINUTE;
var OFF2 = /* @__PURE__ */ new Set(["off", "false", "no", "disabled", "0"]);
function redeliveryFromEnv(env) {
  const minutes = env[REDELIVER_MINUTES_ENV]?.trim().toLowerCase();
  if (minutes !== void 0 && OFF2.has(minutes)) return void 0;
  const options = { ...DEFAULT_REDELIVERY };
  const every = numberFromEnv(env, REDELIVER_MINUTES_ENV, {
    whole: false,
    min: 1,
    max: 24 * 60,
    expected: `a number from 1 to ${24 * 60}, or off`
  });
  if (every !== void 0) options.intervalMs = every * MINUTE;
  const hours = numberFromEnv(env, REDELIVER_LOOKBACK_ENV, {
    whole: false,
    min: 0.1,
    max: 72,
    expected: "a number from 0.1 to 72"
  });
  if (hours !== void 0) options.lookbackMs = hours * HOUR;
  return options;
}
var Redeliverer = class {
  constructor(app, options, deps2) {
    this.app = app;
    this.options = options;
    this.deps = deps2;
    this.now = deps2.now ?? Date.now;
  }
  app;
  options;
  deps;
  ledger = new DeliveryLedger();
  since;
  now;
  /** One pass: list what is new, then ask for the redeliveries, within the budget. Never throws. */
  async pass(stopped = () => false) {
    const summary = {
      listed: 0,
      pages: 0,
      failedEvents: 0,
      redelivered: 0,
      pending: 0,
      notRetryable: 0,
      exhausted: 0,
      errors: 0,
      deferred: 0,
      probed: 0,
      recovered: 0
    };
    const started = this.now();
    const since = this.since ?? started - this.options.lookbackMs;
    const log = this.deps.log;
    let client;
    try {
      client = await this.app.auth();
      const listing = await listDeliveriesSince(client, since, {
        maxPages: this.options.maxPages,
        stopped
      });
      summary.listed = listing.attempts.length;
      summary.pages = listing.pages;
      if (listing.malformed > 0)
        log.warning(
          `webhook redelivery: ${listing.malformed} listed deliveries had no id, guid or time and were skipped`
        );
      if (!listing.complete)
        log.warning(
          `webhook redelivery: listed ${listing.pages} pages (${listing.attempts.length} deliveries) without reaching ${new Date(since).toISOString()}; older deliveries of that window are not looked at`
        );
      this.ledger.record(listing.attempts);
    } catch (error) {
      summary.aborted = listingError(error);
      log.error(`webhook redelivery: ${summary.aborted}`);
      return summary;
    }
    this.since = Math.max(since, started - OVERLAP_MS);
    const policy = this.options;
    let requests = 0;
    const answered202 = [];
    const handling = (guid) => this.deps.lateFailures?.handling?.(guid) ?? false;
    for (const history of this.ledger.histories()) {
      const decision = judge(
        history,
        policy,
        this.now(),
        this.deps.lateFailures?.has(history.guid) ?? false
      );
      if (decision.kind === "succeeded") {
        const candidate = abandonedCandidate(history, this.now(), handling);
        if (candidate) answered202.push([history, candidate]);
        continue;
      }
      if (decision.kind === "closed") continue;
      summary.failedEvents += 1;
      if (decision.kind === "pending") {
        summary.pending += 1;
        continue;
      }
      if (decision.kind === "not-retryable" || decision.kind === "exhausted") {
        if (decision.kind === "not-retryable") summary.notRetryable += 1;
        else summary.exhausted += 1;
        if (!history.reported) {
          history.reported = true;
          const a2 = decision.attempt;
          log.warning(
            decision.kind === "not-retryable" ? `webhook redelivery: ${a2.event} delivery ${a2.guid} failed with ${describe(a2.statusCode, a2.status)}; a retry cannot fix that, not redelivered` : `webhook redelivery: ${a2.event} delivery ${a2.guid} still failed (${describe(a2.statusCode, a2.status)}) after ${decision.redeliveries} redeliveries; not asking again`
          );
        }
        continue;
      }
      if (requests >= policy.maxRequestsPerPass || stopped()) {
        summary.deferred += 1;
        continue;
      }
      requests += 1;
      const a = decision.attempt;
      const outcome = await askRedelivery(client, a.id);
      if (this.afterAsk(
        history,
        a,
        outcome,
        summary,
        `last answer ${describe(a.statusCode, a.status)}`
      ))
        break;
    }
    if (summary.aborted === void 0)
      await this.recoverAbandoned(client, answered202, summary, stopped, requests);
    this.ledger.prune(this.now());
    log.info(
      `webhook redelivery: ${summary.listed} deliveries listed since ${new Date(since).toISOString()} (${summary.pages} pages); ${summary.failedEvents} failed events: ${summary.redelivered} redelivered, ${summary.pending} pending, ${summary.notRetryable} not retryable, ${summary.exhausted} given up, ${summary.errors} errors` + (summary.deferred > 0 ? `; ${summary.deferred} left for the next pass (at most ${policy.maxRequestsPerPass} requests a pass)` : "") + (summary.probed > 0 ? `; ${summary.probed} answered 202 looked up, ${summary.recovered} of them redelivered` : "")
    );
    return summary;
  }
  /**
   * Books GitHub's answer to a redelivery request. Returns true when the pass must stop (the App's
   * credentials were refused).
   */
  afterAsk(history, a, outcome, summary, why) {
    const log = this.deps.log;
    if (outcome.kind === "accepted") {
      this.ledger.asked(history.guid, this.now());
      summary.redelivered += 1;
      log.info(
        `webhook redelivery: asked GitHub to redeliver ${a.event} delivery ${a.guid} (${why})`
      );
      return false;
    }
    summary.errors += 1;
    if (outcome.kind === "refused" && (outcome.status === 422 || outcome.status === 404)) {
      this.ledger.close(history.guid, `GitHub answered ${outcome.status}`);
      log.warning(
        `webhook redelivery: GitHub refused to redeliver ${a.event} delivery ${a.guid} (${outcome.status}: ${outcome.message}); giving up on it`
      );
      return false;
    }
    if (outcome.kind === "refused" && (outcome.status === 401 || outcome.status === 403)) {
      summary.aborted = `GitHub refused the App's credentials for redelivery (${outcome.status}: ${outcome.message}); check APP_ID and the private key`;
      log.error(`webhook redelivery: ${summary.aborted}`);
      return true;
    }
    log.warning(
      `webhook redelivery: could not redeliver ${a.event} delivery ${a.guid} (${outcome.kind === "refused" ? `${outcome.status}: ` : ""}${outcome.message}); trying again next pass`
    );
    return false;
  }
  /**
   * Deliveries answered 202 long ago: their runs on GitHub say whether the handling ended. One left open
   * or failed is redelivered (within the cap), its open runs concluded `cancelled` with the reason.
   */
  async recoverAbandoned(client, candidates, summary, stopped, requestsSoFar) {
    const log = this.deps.log;
    const policy = this.options;
    let requests = requestsSoFar;
    let probes = 0;
    const installation = (id) => this.app.auth(id);
    for (const [history, a] of candidates) {
      if (stopped() || probes >= policy.maxProbesPerPass || requests >= policy.maxRequestsPerPass) {
        summary.deferred += 1;
        continue;
      }
      probes += 1;
      summary.probed += 1;
      const probe = await probeDelivery(client, installation, a);
      const tries = history.probeTries?.attempt === a.id ? history.probeTries.tries + 1 : 1;
      history.probeTries = { attempt: a.id, tries };
      if (probe.kind === "unknown") {
        if (tries >= 3) history.probed = a.id;
        log.warning(
          `webhook redelivery: cannot tell whether ${a.event} delivery ${a.guid} (answered 202) was handled to the end: ${probe.reason}`
        );
        continue;
      }
      history.probed = a.id;
      if (probe.kind === "fine") continue;
      const redeliveries = redeliveriesOf(history);
      const what = describeProbe(probe);
      if (redeliveries >= policy.maxRedeliveries) {
        summary.exhausted += 1;
        log.warning(
          `webhook redelivery: ${a.event} delivery ${a.guid} ${what} after ${redeliveries} redeliveries; not asking again`
        );
        await this.concludeOpen(installation, probe, a, {
          kind: "given-up",
          why: `it was sent ${redeliveries} times already`
        });
        continue;
      }
      requests += 1;
      const outcome = await askRedelivery(client, a.id);
      if (outcome.kind === "accepted") summary.recovered += 1;
      if (this.afterAsk(history, a, outcome, summary, `answered 202, then ${what}`)) return;
      if (outcome.kind !== "accepted") {
        if (history.closed !== void 0)
          await this.concludeOpen(installation, probe, a, {
            kind: "given-up",
            why: `it answered ${outcome.kind === "refused" ? outcome.status : "no"} to a redelivery`
          });
        else history.probed = void 0;
        continue;
      }
      await this.concludeOpen(installation, probe, a, { kind: "redelivered" });
    }
  }
  /** An abandoned handling's open runs, concluded `cancelled` with what follows (never throws). */
  async concludeOpen(installation, probe, a, next) {
    if (probe.kind !== "unfinished") return;
    const problems = await cancelOpenRuns(installation, probe, a.guid, next).catch(
      (error) => [messageOf2(error)]
    );
    if (problems.length > 0)
      this.deps.log.warning(
        `webhook redelivery: could not conclude the runs ${a.guid} left open on ${where(probe.target)}: ${problems.join("; ")}`
      );
  }
};
function describeProbe(probe) {
  const at = where(probe.target);
  if (probe.kind === "unfinished")
    return `left ${probe.open.map((r) => r.name).join(", ")} in progress on ${at}`;
  if (probe.kind === "failed") return `failed (its runs on ${at} say "could not check")`;
  return `created no check run on ${at}`;
}
function listingError(error) {
  const status = statusOf(error);
  if (status === 401 || status === 403)
    return `GitHub refused the App's credentials when listing deliveries (${status}: ${messageOf2(error)}); check APP_ID and the private key`;
  if (status === 404)
    return `this GitHub does not list the App's webhook deliveries (404: ${messageOf2(error)}); ${REDELIVER_MINUTES_ENV}=off stops asking`;
  return `could not list the App's webhook deliveries (${status === void 0 ? "" : `${status}: `}${messageOf2(error)}); trying again next pass`;
}
function describe(statusCode, status) {
  if (statusCode === 0) return status ? `no answer: ${status}` : "no answer";
  return String(statusCode);
}
function startRedelivery(app, options, deps2) {
  const redeliverer = new Redeliverer(app, options, deps2);
  const random = deps2.random ?? Math.random;
  let timer;
  let running;
  let stopped = false;
  const schedule = (delay) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = redeliverer.pass(() => stopped).catch(
        (error) => deps2.log.error(`webhook redelivery: pass failed: ${messageOf2(error)}`)
      ).finally(() => {
        running = void 0;
        schedule(options.intervalMs);
      });
    }, delay);
    timer.unref();
  };
  schedule(Math.floor(random() * Math.min(options.intervalMs, MINUTE)));
  deps2.log.info(
    `webhook redelivery: failed deliveries are redelivered every ${Math.round(options.intervalMs / MINUTE)} min (${REDELIVER_MINUTES_ENV}=off disables it)`
  );
  return {
    redeliverer,
    running: () => running !== void 0,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    }
  };
}
function startRedeliveryFor(probot, options, lateFailures) {
  if (!options) return { stop: async () => {
  }, running: () => false };
  const log = {
    info: (m) => probot.log.info(m),
    warning: (m) => probot.log.warn(m),
    error: (m) => probot.log.error(m)
  };
  return startRedelivery(probot, options, { log, ...lateFailures ? { lateFailures } : {} });
}

// src/app/late-failures.ts
var LateFailures = class {
  constructor(maxEntries = 1e4) {
    this.maxEntries = maxEntries;
  }
  maxEntries;
  /** guid (X-GitHub-Delivery) → when its handlers failed; the oldest are forgotten first. */
  failed = /* @__PURE__ */ new Map();
  /** Deliveries whose handlers are running in this process now, by guid (attempts at once counted). */
  running = /* @__PURE__ */ new Map();
  /** An attempt of this delivery is being handled: what an earlier attempt did no longer counts. */
  started(guid) {
    this.failed.delete(guid);
    this.running.set(guid, (this.running.get(guid) ?? 0) + 1);
  }
  /** The handlers of an attempt `started` ended, however. */
  finished(guid) {
    const n = this.running.get(guid) ?? 0;
    if (n <= 1) this.running.delete(guid);
    else this.running.set(guid, n - 1);
  }
  handling(guid) {
    return this.running.has(guid);
  }
  failedAfterAnswer(guid, at = Date.now()) {
    this.failed.delete(guid);
    this.failed.set(guid, at);
    if (this.failed.size > this.maxEntries) {
      const oldest = this.failed.keys().next().value;
      if (oldest !== void 0) this.failed.delete(oldest);
    }
  }
  has(guid) {
    return this.failed.has(guid);
  }
};

// src/app/server.ts
import { createServer } from "node:http";

// src/app/webhook-body.ts
var GITHUB_MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
var DEFAULT_WEBHOOK_LIMITS = {
  maxBodyBytes: GITHUB_MAX_PAYLOAD_BYTES,
  inFlightBytes: 2 * GITHUB_MAX_PAYLOAD_BYTES,
  queueTimeoutMs: 5e3,
  bodyTimeoutMs: 3e4
};
var BodyRefused = class extends Error {
  constructor(status, message, retryAfterSeconds) {
    super(message);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = "BodyRefused";
  }
  status;
  retryAfterSeconds;
};
var ByteBudget = class {
  constructor(capacity) {
    this.capacity = capacity;
    if (!Number.isSafeInteger(capacity) || capacity < 1)
      throw new RangeError(`byte budget must be a whole number \u2265 1, got ${capacity}`);
  }
  capacity;
  #used = 0;
  #waiting = [];
  get used() {
    return this.#used;
  }
  /** Resolves with a reservation once `bytes` fit, or undefined after `timeoutMs`. */
  reserve(bytes, timeoutMs) {
    if (bytes > this.capacity) return Promise.resolve(void 0);
    if (this.#waiting.length === 0 && this.#used + bytes <= this.capacity)
      return Promise.resolve(this.#take(bytes));
    return new Promise((resolve) => {
      const waiter = { bytes, admit: (r) => resolve(r) };
      this.#waiting.push(waiter);
      setTimeout(() => {
        const at = this.#waiting.indexOf(waiter);
        if (at < 0) return;
        this.#waiting.splice(at, 1);
        resolve(void 0);
        this.#admitWaiting();
      }, timeoutMs).unref();
    });
  }
  #take(bytes) {
    this.#used += bytes;
    let released = false;
    return {
      bytes,
      release: () => {
        if (released) return;
        released = true;
        this.#used -= bytes;
        this.#admitWaiting();
      }
    };
  }
  #admitWaiting() {
    for (let head = this.#waiting[0]; head; head = this.#waiting[0]) {
      if (this.#used + head.bytes > this.capacity) return;
      this.#waiting.shift();
      head.admit(this.#take(head.bytes));
    }
  }
};
function declaredLength(req) {
  const raw = req.headers["content-length"];
  if (raw === void 0) return void 0;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(n) ? n : Number.POSITIVE_INFINITY;
}
async function readBody(req, limits, budget) {
  const declared = declaredLength(req);
  if (declared !== void 0 && declared > limits.maxBodyBytes) throw tooLarge(limits);
  const reservation = await budget.reserve(declared ?? limits.maxBodyBytes, limits.queueTimeoutMs);
  if (!reservation)
    throw new BodyRefused(
      503,
      "Too many webhook deliveries in progress; send it again later",
      Math.max(1, Math.ceil(limits.queueTimeoutMs / 1e3))
    );
  try {
    const bytes = await collect(req, declared, limits);
    return { text: new TextDecoder("utf-8").decode(bytes), reservation };
  } catch (error) {
    reservation.release();
    throw error;
  }
}
function tooLarge(limits) {
  return new BodyRefused(
    413,
    `Webhook payload over ${limits.maxBodyBytes} bytes (GitHub caps deliveries at 25 MB)`
  );
}
function collect(req, declared, limits) {
  return new Promise((resolve, reject) => {
    const whole = declared !== void 0 ? Buffer.allocUnsafe(declared) : void 0;
    const chunks = [];
    let received = 0;
    const timer = setTimeout(
      () => fail(new BodyRefused(408, "Webhook body not received in time")),
      limits.bodyTimeoutMs
    );
    const finish = () => {
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onAborted);
      req.off("close", onClose);
    };
    const fail = (error) => {
      finish();
      req.pause();
      reject(error);
    };
    const onData = (chunk) => {
      received += chunk.length;
      if (received > limits.maxBodyBytes || declared !== void 0 && received > declared)
        return fail(tooLarge(limits));
      if (whole) chunk.copy(whole, received - chunk.length);
      else chunks.push(chunk);
    };
    const onEnd = () => {
      finish();
      if (whole) resolve(received === declared ? whole : whole.subarray(0, received));
      else resolve(Buffer.concat(chunks, received));
    };
    const onError = (error) => fail(error);
    const onAborted = () => fail(new Error("Webhook delivery aborted by the sender"));
    const onClose = () => {
      if (!req.complete) onAborted();
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onAborted);
    req.on("close", onClose);
    if (req.destroyed && !req.complete) onAborted();
  });
}
var WEBHOOK_MAX_BYTES_ENV = "OPS_STEWARD_WEBHOOK_MAX_BYTES";
var WEBHOOK_INFLIGHT_BYTES_ENV = "OPS_STEWARD_WEBHOOK_INFLIGHT_BYTES";
function webhookLimitsFromEnv(env) {
  const maxBodyBytes = bytesFromEnv(env, WEBHOOK_MAX_BYTES_ENV) ?? DEFAULT_WEBHOOK_LIMITS.maxBodyBytes;
  const inFlightBytes = bytesFromEnv(env, WEBHOOK_INFLIGHT_BYTES_ENV) ?? Math.max(DEFAULT_WEBHOOK_LIMITS.inFlightBytes, 2 * maxBodyBytes);
  if (inFlightBytes < maxBodyBytes)
    throw new Error(
      `${WEBHOOK_INFLIGHT_BYTES_ENV} (${inFlightBytes}) must be at least ${WEBHOOK_MAX_BYTES_ENV} (${maxBodyBytes}), or no delivery of the largest size could ever be read`
    );
  return { ...DEFAULT_WEBHOOK_LIMITS, maxBodyBytes, inFlightBytes };
}
function bytesFromEnv(env, name) {
  return numberFromEnv(env, name, {
    whole: true,
    min: 1,
    expected: "a whole number of bytes, 1 or more"
  });
}

// src/app/server.ts
var DRAINING_RETRY_AFTER_SECONDS = 5;
var REQUIRED_HEADERS = ["x-github-event", "x-hub-signature-256", "x-github-delivery"];
var JSON_TYPE = /^\s*application\/json\s*(?:;|$)/iu;
var LEADING_ACTION = /^\s*\{\s*"action"\s*:\s*"([a-z_]{1,40})"/u;
async function startServer(options) {
  const budget = new ByteBudget(options.limits.inFlightBytes);
  const deliveries = new Deliveries();
  const server = createServer((req, res) => {
    if (deliveries.draining) return refuseWhileDraining(req, res);
    handle(req, res, options, budget, deliveries).catch((error) => {
      options.probot.log.error({ err: error }, "webhook server: request failed");
      if (!res.headersSent) send(res, 500, { error: "Internal error" });
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: options.host, port: options.port }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    server,
    port: server.address().port,
    budget,
    stopAccepting: () => {
      deliveries.stopAccepting();
      server.closeIdleConnections();
    },
    inFlight: () => deliveries.list(),
    idle: () => deliveries.idle(),
    close: () => new Promise((resolve, reject) => {
      server.close((error) => error ? reject(error) : resolve());
      server.closeAllConnections();
    })
  };
}
var Deliveries = class {
  #draining = false;
  #open = /* @__PURE__ */ new Map();
  #idle = [];
  get draining() {
    return this.#draining;
  }
  start(res, delivery) {
    this.#open.set(res, delivery);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#open.delete(res);
      if (this.#open.size === 0) for (const resolve of this.#idle.splice(0)) resolve();
    };
  }
  stopAccepting() {
    this.#draining = true;
    for (const res of this.#open.keys()) if (!res.headersSent) res.setHeader("connection", "close");
  }
  list() {
    return [...this.#open.values()].map((d) => ({ ...d }));
  }
  idle() {
    if (this.#open.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
};
function refuseWhileDraining(req, res) {
  res.setHeader("connection", "close");
  refuse(
    req,
    res,
    503,
    "The App is shutting down; redeliver this delivery in a moment",
    DRAINING_RETRY_AFTER_SECONDS
  );
}
async function handle(req, res, options, budget, deliveries) {
  const path = pathOf(req.url);
  if (path === "/ping" && req.method === "GET") return sendText(res, 200, "PONG");
  if (path !== pathOf(options.webhookPath)) return refuse(req, res, 404, "Not found");
  if (req.method !== "POST")
    return refuse(req, res, 404, `Unknown route: ${req.method ?? ""} ${path}`);
  if (!JSON_TYPE.test(req.headers["content-type"] ?? ""))
    return refuse(
      req,
      res,
      415,
      'Unsupported "Content-Type" header value. Must be "application/json"'
    );
  const missing = REQUIRED_HEADERS.filter((h) => typeof req.headers[h] !== "string");
  if (missing.length > 0)
    return refuse(req, res, 400, `Required headers missing: ${missing.join(", ")}`);
  const delivery = {
    id: String(req.headers["x-github-delivery"]),
    event: String(req.headers["x-github-event"]),
    phase: "receiving",
    since: Date.now()
  };
  const answered = new Promise((resolve) => res.once("close", () => resolve()));
  const end = deliveries.start(res, delivery);
  let handlers = Promise.resolve();
  try {
    await receive(req, res, options, budget, delivery, (started) => handlers = started);
  } finally {
    void Promise.all([handlers, answered]).then(end, end);
  }
}
async function receive(req, res, options, budget, delivery, handing) {
  let body;
  try {
    body = await readBody(req, options.limits, budget);
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error;
    options.probot.log.warn(`webhook ${delivery.id} refused (${error.status}): ${error.message}`);
    return refuse(req, res, error.status, error.message, error.retryAfterSeconds);
  }
  delivery.phase = "handling";
  const action = LEADING_ACTION.exec(body.text.slice(0, 200))?.[1];
  if (action) delivery.event = `${delivery.event}.${action}`;
  let signed = false;
  const processing = handOn(
    options.probot,
    {
      id: delivery.id,
      // An unknown event name is GitHub's to send; @octokit/webhooks finds no handler for it and says 200.
      name: String(req.headers["x-github-event"]),
      signature: String(req.headers["x-hub-signature-256"]),
      payload: body.text
    },
    // Only a signed delivery is an attempt of that event: an unsigned one must not clear its note.
    () => {
      signed = true;
      options.lateFailures?.started(delivery.id);
    }
  );
  void processing.finally(() => {
    body.reservation.release();
    if (signed) options.lateFailures?.finished(delivery.id);
  });
  handing(processing);
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.responseTimeoutMs ?? 9e3);
  });
  const outcome = await Promise.race([processing, timedOut]);
  clearTimeout(timer);
  if (outcome === "timeout") {
    void processing.then((late) => {
      if (late.status === 200) return;
      if (late.status === 400) {
        options.probot.log.warn(
          `webhook ${delivery.id} refused (400) after it was answered 202: ${messageOf3(late.error)}`
        );
        return;
      }
      options.lateFailures?.failedAfterAnswer(delivery.id);
      options.probot.log.error(
        { err: late.error },
        `webhook ${delivery.id} failed after it was answered 202` + (options.lateFailures ? "; the redelivery job asks GitHub to send it again" : "")
      );
    });
    return sendText(res, 202, "still processing\n");
  }
  if (outcome.status === 200) return sendText(res, 200, "ok\n");
  if (outcome.status === 400)
    options.probot.log.warn(`webhook ${delivery.id} refused (400): ${messageOf3(outcome.error)}`);
  else options.probot.log.error({ err: outcome.error }, `webhook ${delivery.id} failed`);
  send(res, outcome.status, { error: messageOf3(outcome.error) });
}
function pathOf(url) {
  try {
    return new URL(url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
  } catch {
    return "";
  }
}
var LINGER_MS = 2e3;
var LINGER_BYTES = 8 * 1024 * 1024;
function refuse(req, res, status, message, retryAfterSeconds) {
  if (!req.complete) {
    let drained = 0;
    const hangUp = () => {
      req.socket.destroy();
    };
    const timer = setTimeout(hangUp, LINGER_MS);
    timer.unref();
    req.socket.once("close", () => clearTimeout(timer));
    req.on("data", (chunk) => {
      drained += chunk.length;
      if (drained > LINGER_BYTES) hangUp();
    });
    req.resume();
  }
  const headers = {};
  if (retryAfterSeconds !== void 0) headers["retry-after"] = String(retryAfterSeconds);
  send(res, status, { error: message }, headers);
}
function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
function sendText(res, status, text) {
  res.writeHead(status, { "content-type": "text/plain" });
  res.end(text);
}
async function handOn(probot, delivery, verified = () => void 0) {
  const signed = await probot.webhooks.verify(delivery.payload, delivery.signature).catch(() => false);
  if (!signed)
    return {
      status: 400,
      error: new Error("signature does not match event payload and secret: check WEBHOOK_SECRET")
    };
  verified();
  let payload;
  try {
    payload = JSON.parse(delivery.payload);
  } catch {
    return { status: 400, error: new Error("Invalid JSON") };
  }
  try {
    await probot.webhooks.receive({
      id: delivery.id,
      name: delivery.name,
      payload
    });
    return { status: 200 };
  } catch (error) {
    return { status: 500, error };
  }
}
function messageOf3(error) {
  const first = firstError(error);
  return first ? `${first.name}: ${first.message}` : "Error: An unspecified error occurred";
}
function firstError(error) {
  if (error instanceof AggregateError) {
    const [first] = error.errors;
    if (first instanceof Error) return first;
  }
  return error instanceof Error ? error : void 0;
}

// src/app/smee.ts
var NONE = { stop: () => Promise.resolve() };
async function startSmee(log, source, target) {
  const specifier = "smee-client";
  let SmeeClient;
  try {
    ({ SmeeClient } = await import(specifier));
  } catch {
    log.warn("Run `npm install --save-dev smee-client` to proxy webhooks to localhost.");
    return NONE;
  }
  const logger = { info: (m) => log.info(m), error: (m) => log.error(m) };
  const client = new SmeeClient({ source, target, logger });
  try {
    await client.start();
  } catch (error) {
    log.warn(
      `WEBHOOK_PROXY_URL: cannot reach ${source} (${reasonOf(error)}); the App runs without it: deliveries sent to the channel arrive only once it connects`
    );
  }
  return { stop: () => client.stop() };
}
function reasonOf(error) {
  if (error instanceof Error) return error.message;
  const message = typeof error === "object" && error !== null && "message" in error ? error.message : void 0;
  return typeof message === "string" && message !== "" ? message : "no connection";
}

// src/app/shutdown.ts
var SHUTDOWN_TIMEOUT_ENV = "OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS";
var DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 25;
function shutdownTimeoutFromEnv(env) {
  const seconds = numberFromEnv(env, SHUTDOWN_TIMEOUT_ENV, {
    whole: true,
    min: 1,
    max: 3600,
    expected: "a whole number of seconds from 1 to 3600"
  });
  return (seconds ?? DEFAULT_SHUTDOWN_TIMEOUT_SECONDS) * 1e3;
}
async function drain(signal, options) {
  const parts = options.parts();
  const seconds = options.timeoutMs / 1e3;
  const busy = parts.filter((p) => p.inProgress().length > 0);
  options.log.info(
    `${signal}: shutting down; new deliveries get 503 and no new sweep starts; ` + (busy.length === 0 ? "nothing in flight" : `waiting up to ${seconds} s for ${inFlightOf(busy).join("; ")}`)
  );
  for (const part of parts) part.stop();
  const finished = Promise.all(
    busy.map((part) => part.idle().then(() => options.log.info(`shutdown: ${part.name} finished`)))
  );
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("deadline"), options.timeoutMs);
  });
  const outcome = await Promise.race([finished.then(() => "finished"), deadline]);
  clearTimeout(timer);
  if (outcome === "finished") {
    options.log.info("shutdown: nothing left in flight; exiting");
    return 0;
  }
  options.log.error(
    `shutdown: ${SHUTDOWN_TIMEOUT_ENV} (${seconds} s) passed; abandoning ${abandoned(parts)}`
  );
  return 1;
}
function exitGracefullyOnSignals(on, options) {
  let draining = false;
  const onSignal = (signal) => {
    if (draining) {
      options.log.error(
        `${signal} again during the shutdown: exiting now; abandoning ${abandoned(options.parts())}`
      );
      options.exit(1);
      return;
    }
    draining = true;
    void drain(signal, options).then(options.exit);
  };
  on("SIGTERM", onSignal);
  on("SIGINT", onSignal);
}
function webhookDeliveries(server, now = Date.now) {
  return {
    name: "the webhook deliveries",
    stop: () => server.stopAccepting(),
    idle: () => server.idle(),
    inProgress: () => server.inFlight().map(
      (d) => `delivery ${d.id} (${d.event}, ${d.phase} for ${Math.round((now() - d.since) / 1e3)} s)`
    )
  };
}
function dailySweep(timer) {
  return {
    name: "the daily flags-sync pass",
    stop: () => timer.stop(),
    idle: () => timer.idle(),
    inProgress: () => {
      const pass = timer.inProgress();
      return pass ? [pass] : [];
    }
  };
}
function webhookProxy(proxy, log) {
  let stopping;
  return {
    name: "the smee.io relay",
    stop: () => {
      stopping ??= proxy.stop().catch(
        (error) => log.error(`shutdown: closing the smee.io relay failed: ${describeError(error)}`)
      );
    },
    idle: () => stopping ?? Promise.resolve(),
    inProgress: () => []
  };
}
function redeliveryJob(job) {
  let stopping;
  const stop = () => stopping ??= job.stop();
  return {
    name: "the webhook redelivery job",
    stop: () => void stop(),
    idle: stop,
    // Asked before `stop` too: the shutdown waits only for the parts with work in flight.
    inProgress: () => job.running() ? ["a webhook redelivery pass"] : []
  };
}
function inFlightOf(parts) {
  return parts.flatMap((p) => p.inProgress());
}
function abandoned(parts) {
  const left = inFlightOf(parts);
  return left.length === 0 ? "nothing (the last work just ended)" : left.join("; ");
}

// src/app/index.ts
var Octokit = ProbotOctokit.plugin(requestBudget());
main().catch((error) => {
  process.stderr.write(
    `ops-steward app: cannot start: ${error instanceof Error ? error.message : String(error)}
`
  );
  process.exitCode = 1;
});
async function main() {
  loadDotEnv();
  const env = process.env;
  const limits = webhookLimitsFromEnv(env);
  const shutdownTimeoutMs = shutdownTimeoutFromEnv(env);
  const redelivery = redeliveryFromEnv(env);
  const probot = probotFromEnv(env);
  if (!probot) {
    await run(appFromEnvironment(), { Octokit });
    return;
  }
  const parts = [];
  await probot.load(
    appFromEnvironment(env, { onDailySync: (timer) => parts.push(dailySweep(timer)) })
  );
  const host = env.HOST?.trim() || "localhost";
  const webhookPath = env.WEBHOOK_PATH?.trim() || "/api/github/webhooks";
  const lateFailures = new LateFailures();
  const server = await startServer({
    probot,
    host,
    port: portFromEnv(env),
    webhookPath,
    limits,
    lateFailures
  });
  parts.unshift(webhookDeliveries(server));
  stopGracefully(probot, server, parts, shutdownTimeoutMs);
  probot.log.info(`Listening on http://${host}:${server.port}${webhookPath}`);
  parts.push(redeliveryJob(startRedeliveryFor(probot, redelivery, lateFailures)));
  const proxy = env.WEBHOOK_PROXY_URL?.trim();
  if (proxy) {
    const log = {
      info: (m) => probot.log.info(m),
      warn: (m) => probot.log.warn(m),
      error: (m) => probot.log.error(m)
    };
    const relay = await startSmee(log, proxy, `http://${host}:${server.port}${webhookPath}`);
    parts.unshift(webhookProxy(relay, log));
  }
}
function stopGracefully(probot, server, parts, timeoutMs) {
  exitGracefullyOnSignals((signal, listener) => process.on(signal, listener), {
    parts: () => parts,
    timeoutMs,
    log: { info: (m) => probot.log.info(m), error: (m) => probot.log.error(m) },
    exit: (code) => {
      const leave = () => void setImmediate(() => process.exit(code));
      server.close().then(leave, leave);
    }
  });
}
function loadDotEnv() {
  let text;
  try {
    text = readFileSync(".env", "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  Object.assign(process.env, parseEnv(text));
}
function probotFromEnv(env) {
  if (!env.APP_ID?.trim()) return void 0;
  const defaults = {
    LOG_LEVEL: "info",
    LOG_FORMAT: env.NODE_ENV === "production" ? "json" : "pretty"
  };
  try {
    return createProbot({
      env: { ...defaults, ...env },
      overrides: { Octokit }
    });
  } catch (error) {
    if (error instanceof Error && /privateKey/.test(error.message)) return void 0;
    throw error;
  }
}
function portFromEnv(env) {
  return numberFromEnv(env, "PORT", {
    whole: true,
    min: 0,
    max: 65535,
    expected: "a port number (0\u201365535)"
  }) ?? 3e3;
}
