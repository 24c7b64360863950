import type { AccessorConfig, FlagsConfig, KeyTransform } from '../config.js';
import { DEFAULT_ACCESSORS, FLAG_CLIENT_RECEIVER, type DefaultAccessor } from './accessors.js';
import { FORMS } from './forms/index.js';
import type { CodeRegistryInfo } from './index.js';
import type { ExtractSpec } from './ir.js';

export interface CallAccessor {
  name: string;
  /** Receiver segments the call must end with (`client.variation` → ['client']). */
  path: string[];
  /** `*.name`: some receiver is required. */
  anyReceiver: boolean;
  receiverPattern: RegExp | null;
  argument: number;
  fallbackArgument: number | null;
  transform: KeyTransform;
  label: string;
  /** The SDK family of a built-in accessor; null for the project's own (`flags.accessors`). */
  sdk: string | null;
}

export interface JsxAccessor {
  tag: string;
  attribute: string;
  transform: KeyTransform;
  label: string;
}

export interface RootAccessor {
  name: string;
  /** A higher-order component's: the prop of the wrapped component that holds the flags. */
  injectsProp?: string;
  transform: KeyTransform;
  label: string;
}

/** The configured and built-in accessors, compiled for lookup by name. Project entries win. */
export class AccessorSet {
  readonly calls = new Map<string, CallAccessor[]>();
  readonly jsx = new Map<string, JsxAccessor[]>();
  readonly members = new Map<string, RootAccessor>();
  readonly objectFrom = new Map<string, RootAccessor>();
  /** Registries declared in code, by export name: their members are read by symbol. */
  readonly registries = new Map<string, CodeRegistryInfo[]>();

  constructor(
    config: Pick<FlagsConfig, 'accessors' | 'defaultAccessors'>,
    codeRegistries: readonly CodeRegistryInfo[] = [],
  ) {
    for (const a of config.accessors) this.add(a);
    if (config.defaultAccessors) for (const a of DEFAULT_ACCESSORS) this.add(a);
    for (const r of codeRegistries)
      this.registries.set(r.exportName, [...(this.registries.get(r.exportName) ?? []), r]);
  }

  private add(a: AccessorConfig | DefaultAccessor): void {
    const transform = a.transform ?? 'none';
    if ('call' in a && typeof a.call === 'string' && a.call.trim()) {
      const segments = a.call.trim().split('.');
      const name = segments.pop() ?? '';
      const anyReceiver = segments[0] === '*';
      const def = a as DefaultAccessor;
      const entry: CallAccessor = {
        name,
        path: anyReceiver ? [] : segments,
        anyReceiver,
        receiverPattern: def.receiver === 'flag-client' ? FLAG_CLIENT_RECEIVER : null,
        argument: a.argument ?? 0,
        fallbackArgument: def.fallbackArgument ?? null,
        transform,
        label: anyReceiver ? name : a.call.trim(),
        sdk: 'sdk' in a ? def.sdk : null,
      };
      this.calls.set(name, [...(this.calls.get(name) ?? []), entry]);
    } else if ('jsx' in a && typeof a.jsx === 'string' && typeof a.attribute === 'string') {
      const tag = a.jsx.replace(/^</, '').replace(/>$/, '');
      const entry = { tag, attribute: a.attribute, transform, label: `<${tag} ${a.attribute}>` };
      this.jsx.set(tag, [...(this.jsx.get(tag) ?? []), entry]);
    } else if ('member' in a && typeof a.member === 'string') {
      if (!this.members.has(a.member))
        this.members.set(a.member, { name: a.member, transform, label: a.member });
    } else if ('objectFrom' in a && typeof a.objectFrom === 'string') {
      const name = a.objectFrom.replace(/\(\)$/, '');
      const injectsProp = (a as DefaultAccessor).injectsProp;
      if (!this.objectFrom.has(name))
        this.objectFrom.set(name, {
          name,
          transform,
          label: name,
          ...(injectsProp && { injectsProp }),
        });
    }
  }

  /** The accessor a call `receiver.name(…)` matches, if any. */
  matchCall(name: string, receiver: string | null): CallAccessor | undefined {
    const candidates = this.calls.get(name);
    if (!candidates) return undefined;
    for (const c of candidates) {
      if (c.anyReceiver && receiver === null) continue;
      if (c.path.length > 0) {
        if (receiver === null) continue;
        const segs = receiver.split('.');
        if (segs.length < c.path.length) continue;
        const tail = segs.slice(segs.length - c.path.length);
        if (!c.path.every((p, i) => p === '*' || p === tail[i])) continue;
      }
      if (c.receiverPattern && (receiver === null || !c.receiverPattern.test(receiver))) continue;
      return c;
    }
    return undefined;
  }

  /** What a parse must look for, given the wrapper names found so far. */
  spec(wrapperNames: Iterable<string>): ExtractSpec {
    const jsx: Array<[string, string]> = [];
    for (const list of this.jsx.values()) for (const j of list) jsx.push([j.tag, j.attribute]);
    return {
      callNames: [...new Set([...this.calls.keys(), ...wrapperNames])],
      jsx,
      memberRoots: [...this.members.keys()],
      objectFromNames: [...this.objectFrom.keys()],
      injectedProps: [...this.objectFrom.values()].flatMap((r): Array<[string, string]> =>
        r.injectsProp ? [[r.name, r.injectsProp]] : [],
      ),
      symbolRoots: [...this.registries.keys()],
    };
  }

  /** Strings one of which a file must contain to be worth parsing. */
  needles(): string[] {
    return FORMS.flatMap((f) => f.needles(this));
  }
}
