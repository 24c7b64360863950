// Ordinary code with no flag reads: components, hooks, services, utils, models, stores, tests.
// It is most of the corpus, so it is what a scanner's prefilter has to skip cheaply. It is meant
// to look and parse like real application code (and mostly type-check against bench's d.ts shims).

import { ADJECTIVES, NOUNS, VERBS, kebab } from './vocab.mjs';

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** Per-file identifiers shared by all blocks of one module. */
export function moduleNames(base) {
  const lower = base[0].toLowerCase() + base.slice(1);
  return {
    base,
    entry: `${base}Entry`,
    options: `${base}Options`,
    scoreFn: `${lower}Score`,
  };
}

function header(names) {
  return [
    `export interface ${names.entry} {`,
    '  id: string;',
    '  name: string;',
    '  quantity: number;',
    '  price: number;',
    '  active: boolean;',
    '  tags: readonly string[];',
    '}',
    '',
    `export interface ${names.options} {`,
    '  id: string;',
    '  limit?: number;',
    '  label?: string;',
    "  mode?: 'fast' | 'full' | 'lazy';",
    '}',
    '',
    `export function ${names.scoreFn}(options: ${names.options}): number {`,
    '  const limit = options.limit ?? 10;',
    '  const weight = options.label ? options.label.length : 1;',
    "  return options.mode === 'fast' ? limit * weight : limit + weight;",
    '}',
    '',
  ];
}

/** Statements for a function whose locals are `items: readonly Entry[]` and `options: Options`. */
function statements(rng, indent, budget, depth = 0, ctr = { n: 0 }) {
  const out = [];
  const pad = ' '.repeat(indent);
  // One counter per function, so sibling blocks (switch cases share a scope) never redeclare a name.
  const v = () => `${rng.pick(ADJECTIVES)}${cap(rng.pick(NOUNS))}${ctr.n++}`;
  while (out.length < budget) {
    let k = rng.int(0, depth > 1 ? 5 : 9);
    // A switch nested in a case would compare against an already-narrowed `options.mode`.
    if (k === 7 && depth > 0) k = 3;
    const num = rng.int(2, 500);
    const name = v();
    switch (k) {
      case 0:
        out.push(`${pad}const ${name} = items.filter((item) => item.active).length * ${num};`);
        break;
      case 1:
        out.push(`${pad}const ${name} = items.map((item) => \`\${item.name}-${num}\`).join(', ');`);
        break;
      case 2:
        out.push(`${pad}const ${name} = Math.max(options.limit ?? ${num}, items.length);`);
        break;
      case 3:
        out.push(
          `${pad}const ${name} = items.reduce((acc, item) => acc + item.quantity * item.price, ${num});`,
        );
        break;
      case 4:
        out.push(
          `${pad}if (!options.id) {`,
          `${pad}  throw new Error('${kebab(name)}: missing id');`,
          `${pad}}`,
        );
        break;
      case 5:
        out.push(`${pad}const ${name}: Record<string, number> = {};`);
        out.push(`${pad}for (const [index, item] of items.entries()) {`);
        out.push(`${pad}  ${name}[item.id] = index * ${num} + item.quantity;`);
        out.push(`${pad}}`);
        break;
      case 6:
        out.push(`${pad}let ${name} = 0;`);
        out.push(`${pad}for (const item of items) {`);
        out.push(`${pad}  if (item.price > ${num}) {`);
        out.push(`${pad}    ${name} += item.price;`);
        out.push(`${pad}  } else if (item.tags.includes('${rng.pick(ADJECTIVES)}')) {`);
        out.push(`${pad}    ${name} -= ${rng.int(1, 9)};`);
        out.push(`${pad}  }`);
        out.push(`${pad}}`);
        break;
      case 7:
        out.push(`${pad}switch (options.mode) {`);
        out.push(`${pad}  case 'fast':`);
        out.push(...statements(rng, indent + 4, 2, depth + 1, ctr));
        out.push(`${pad}    break;`);
        out.push(`${pad}  case 'lazy':`);
        out.push(...statements(rng, indent + 4, 1, depth + 1, ctr));
        out.push(`${pad}    break;`);
        out.push(`${pad}  default:`);
        out.push(`${pad}    break;`);
        out.push(`${pad}}`);
        break;
      case 8:
        out.push(`${pad}try {`);
        out.push(...statements(rng, indent + 2, rng.int(1, 3), depth + 1, ctr));
        out.push(`${pad}} catch (error) {`);
        out.push(`${pad}  console.warn('${rng.pick(VERBS)} ${rng.pick(NOUNS)} failed', error);`);
        out.push(`${pad}}`);
        break;
      default:
        out.push(`${pad}if (items.length > ${rng.int(1, 40)}) {`);
        out.push(...statements(rng, indent + 2, rng.int(1, 4), depth + 1, ctr));
        out.push(`${pad}}`);
        break;
    }
  }
  return out;
}

function functionBlock(rng, names, used) {
  const name = unique(
    used,
    () => `${rng.pick(VERBS)}${cap(rng.pick(ADJECTIVES))}${cap(rng.pick(NOUNS))}`,
  );
  const body = statements(rng, 2, rng.int(4, 22));
  const exported = rng.chance(0.6) ? 'export ' : '';
  return [
    `/** ${cap(rng.pick(VERBS))}s the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}s for ${names.base}. */`,
    `${exported}function ${name}(items: readonly ${names.entry}[], options: ${names.options}): number {`,
    ...body,
    `  return items.length + ${rng.int(0, 99)};`,
    '}',
    '',
  ];
}

function classBlock(rng, names, used, decoy) {
  const cls = unique(
    used,
    () =>
      `${cap(rng.pick(ADJECTIVES))}${cap(rng.pick(NOUNS))}${rng.pick(['Service', 'Repository', 'Manager', 'Store', 'Client'])}`,
  );
  const out = [
    `export class ${cls} {`,
    `  private readonly cache = new Map<string, ${names.entry}>();`,
    `  private readonly options: ${names.options};`,
    '',
    `  constructor(options: ${names.options}) {`,
    '    this.options = options;',
    '  }',
    '',
  ];
  if (decoy) {
    // Looks like an accessor name to a naive text prefilter, but is a zero-argument method.
    out.push('  isEnabled(): boolean {', "    return this.options.mode !== 'lazy';", '  }', '');
  }
  const methods = rng.int(2, 5);
  const mused = new Set();
  for (let i = 0; i < methods; i++) {
    const m = unique(mused, () => `${rng.pick(VERBS)}${cap(rng.pick(NOUNS))}`);
    const items = 'items';
    out.push(`  ${m}(${items}: readonly ${names.entry}[]): number {`);
    out.push('    const options = this.options;');
    if (decoy && i === 0) out.push('    if (!this.isEnabled()) {', '      return 0;', '    }');
    out.push(...statements(rng, 4, rng.int(3, 14)));
    out.push(`    for (const item of ${items}) {`, '      this.cache.set(item.id, item);', '    }');
    out.push('    return this.cache.size;', '  }', '');
  }
  out.push('}', '');
  return out;
}

function typesBlock(rng, used) {
  const name = unique(used, () => `${cap(rng.pick(ADJECTIVES))}${cap(rng.pick(NOUNS))}`);
  const out = [`export interface ${name} {`];
  const fields = rng.int(3, 12);
  const fused = new Set();
  for (let i = 0; i < fields; i++) {
    const f = unique(fused, () => `${rng.pick(ADJECTIVES)}${cap(rng.pick(NOUNS))}`);
    const t = rng.pick([
      'string',
      'number',
      'boolean',
      'string[]',
      'Record<string, number>',
      'Date',
      'readonly number[]',
    ]);
    out.push(`  ${f}${rng.chance(0.3) ? '?' : ''}: ${t};`);
  }
  out.push('}', '');
  if (rng.chance(0.4)) {
    // A string-literal union and a string enum that are not flags: decoys for union/enum resolution.
    const st = `${name}Status`;
    out.push(
      `export type ${st} = ${rng
        .shuffle([...ADJECTIVES])
        .slice(0, rng.int(2, 5))
        .map((a) => `'${a}'`)
        .join(' | ')};`,
      '',
    );
  }
  if (rng.chance(0.2)) {
    out.push(`export enum ${name}Kind {`);
    for (const a of rng.shuffle([...ADJECTIVES]).slice(0, rng.int(2, 5)))
      out.push(`  ${cap(a)} = '${a}',`);
    out.push('}', '');
  }
  return out;
}

function reducerBlock(rng, names, used) {
  const name = unique(used, () => `${rng.pick(NOUNS)}${cap(rng.pick(ADJECTIVES))}Reducer`);
  const actions = rng.shuffle([...VERBS]).slice(0, rng.int(3, 7));
  const out = [
    `export type ${cap(name)}Action = ${actions.map((a) => `{ type: '${a}'; payload: ${names.entry} }`).join(' | ')};`,
    '',
    `export function ${name}(state: readonly ${names.entry}[], action: ${cap(name)}Action): readonly ${names.entry}[] {`,
    '  switch (action.type) {',
  ];
  for (const a of actions) {
    out.push(`    case '${a}':`);
    out.push(
      rng.pick([
        '      return [...state, action.payload];',
        '      return state.filter((item) => item.id !== action.payload.id);',
        '      return state.map((item) => (item.id === action.payload.id ? action.payload : item));',
      ]),
    );
  }
  out.push('    default:', '      return state;', '  }', '}', '');
  return out;
}

function componentBlock(rng, names, used) {
  const comp = unique(
    used,
    () =>
      `${cap(rng.pick(ADJECTIVES))}${cap(rng.pick(NOUNS))}${rng.pick(['Card', 'List', 'Panel', 'Row', 'View', 'Form'])}`,
  );
  const out = [
    `export interface ${comp}Props {`,
    '  title: string;',
    `  items: readonly ${names.entry}[];`,
    '  onSelect?: (id: string) => void;',
    '}',
    '',
    `export function ${comp}(props: ${comp}Props) {`,
    '  const [count, setCount] = useState(0);',
    '  const visible = useMemo(() => props.items.filter((item) => item.active), [props.items]);',
    '  useEffect(() => {',
    `    document.title = \`\${props.title} (\${count})\`;`,
    '  }, [count, props.title]);',
    '  return (',
    `    <section className="${kebab(comp)}">`,
    '      <h2>{props.title}</h2>',
  ];
  const rows = rng.int(1, 4);
  for (let i = 0; i < rows; i++) {
    out.push(
      '      <ul>',
      '        {visible.map((item) => (',
      '          <li key={item.id} onClick={() => props.onSelect?.(item.id)}>',
      `            <span className="${rng.pick(ADJECTIVES)}">{item.name}</span> × {item.quantity}`,
      '          </li>',
      '        ))}',
      '      </ul>',
    );
  }
  out.push(
    `      <button type="button" onClick={() => setCount(count + 1)}>`,
    `        ${cap(rng.pick(VERBS))} ${rng.pick(NOUNS)}s`,
    '      </button>',
    '    </section>',
    '  );',
    '}',
    '',
  );
  return out;
}

function testBlock(rng, target) {
  const out = [`describe('${target.scoreFn}', () => {`];
  const cases = rng.int(2, 6);
  for (let i = 0; i < cases; i++) {
    const limit = rng.int(1, 50);
    out.push(
      `  it('scores ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}s with limit ${limit}', () => {`,
      `    const result = ${target.scoreFn}({ id: '${rng.pick(NOUNS)}-${i}', limit: ${limit}, mode: '${rng.pick(['fast', 'full', 'lazy'])}' });`,
      '    expect(result).toBeGreaterThan(0);',
      `    expect(typeof result).toBe('number');`,
      '  });',
      '',
    );
  }
  out.push('});', '');
  return out;
}

function unique(set, make) {
  for (let i = 0; i < 50; i++) {
    const name = make();
    if (!set.has(name)) {
      set.add(name);
      return name;
    }
  }
  let i = 2;
  const base = make();
  while (set.has(`${base}${i}`)) i++;
  set.add(`${base}${i}`);
  return `${base}${i}`;
}

/**
 * One module's body (without imports): the exported Entry/Options/score header, then blocks until
 * `targetLines`. `deps` are other modules' names whose score functions this one calls.
 * Returns lines and the React hooks it needs imported.
 */
export function noiseBody(rng, { kind, names, targetLines, deps, decoy, testTarget }) {
  const used = new Set([names.base, names.entry, names.options, names.scoreFn]);
  const lines = kind === 'test' ? [] : header(names);
  let usesReact = false;
  if (deps.length > 0 && kind !== 'test') {
    lines.push(
      `export function ${names.scoreFn.replace(/Score$/, 'Combined')}(id: string): number {`,
    );
    for (const [i, d] of deps.entries())
      lines.push(`  const part${i} = ${d.scoreFn}({ id, limit: ${rng.int(1, 20)} });`);
    lines.push(`  return ${deps.map((_, i) => `part${i}`).join(' + ')};`, '}', '');
  }
  let decoyLeft = decoy;
  while (lines.length < targetLines) {
    let block;
    if (kind === 'test') block = testBlock(rng, testTarget);
    else if (kind === 'component' && rng.chance(0.45)) {
      block = componentBlock(rng, names, used);
      usesReact = true;
    } else if (kind === 'model')
      block = rng.chance(0.7) ? typesBlock(rng, used) : functionBlock(rng, names, used);
    else if (kind === 'store' && rng.chance(0.5)) block = reducerBlock(rng, names, used);
    else if (
      (kind === 'service' || kind === 'api' || decoyLeft) &&
      rng.chance(decoyLeft ? 1 : 0.5)
    ) {
      block = classBlock(rng, names, used, decoyLeft);
      decoyLeft = false;
    } else block = rng.chance(0.8) ? functionBlock(rng, names, used) : typesBlock(rng, used);
    lines.push(...block);
  }
  return { lines, usesReact };
}
