// The permission-sets file: read from YAML and checked whole before anything is asked of the API, each
// problem named with its line and column. A set may carry its `id` (export writes it), which `plan`
// matches first; a set without one is matched by name, so a hand-written file applies to any account.
// The file means one thing: ids are canonical positive integers, two keys that name the same id are
// refused, and every value meets the rules `apply` will meet (rules.ts).
import type { DesiredShares } from '@civis-ts/sdk/sync';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { CliError } from '../errors.js';
import { LEVELS, type Level, RULES, textProblem } from './rules.js';

// The share levels, and the rules of a name and a description, are the spec's (rules.ts).
export type { Level };

/** `read, write or manage`, from the spec's list. */
const LEVEL_CHOICE = `${LEVELS.slice(0, -1).join(', ')} or ${LEVELS.at(-1)}`;

/** A set or a resource as the file wants it; what is left out is left as it is. */
export interface Wanted {
  name: string;
  description?: string;
  /** Only the kinds given are managed (as the SDK's `sync`): a kind left out keeps its shares. */
  shares?: DesiredShares;
}

export interface WantedSet extends Wanted {
  /** The set's id in the API, when the file names it (as export writes it). */
  id?: number;
  /** Whether the set is archived; left as it is when the file does not say. */
  archived?: boolean;
  resources: Wanted[];
}

const CANONICAL_ID = /^[1-9][0-9]*$/;

class Problems {
  readonly list: string[] = [];
  constructor(
    readonly file: string,
    readonly lines: LineCounter,
    readonly source: string,
  ) {}
  /** The node as the file writes it (`0o7`, `" 6 "`), for a message. */
  raw(node: unknown): string {
    const range = (node as Node | undefined)?.range;
    return range ? this.source.slice(range[0], range[1]) : JSON.stringify(node ?? null);
  }
  add(node: Node | null | undefined, where: string, problem: string): void {
    const offset = node?.range?.[0];
    const pos =
      offset === undefined ? '' : `:${this.lines.linePos(offset).line}:${this.lines.linePos(offset).col}`;
    this.list.push(`${this.file}${pos}: ${where ? `${where}: ` : ''}${problem}`);
  }
}

function fields(map: YAMLMap, allowed: string[], where: string, problems: Problems): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !allowed.includes(key)) {
      problems.add(
        pair.key as Node,
        where,
        `unknown key ${JSON.stringify(key)} (expected ${allowed.join(', ')})`,
      );
    } else out.set(key, pair.value);
  }
  return out;
}

function text(
  node: unknown,
  where: string,
  rule: (typeof RULES)[keyof typeof RULES],
  problems: Problems,
): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') {
    problems.add(node as Node, where, 'must be a string');
    return undefined;
  }
  const problem = textProblem(node.value, rule);
  if (problem) problems.add(node, where, problem);
  return node.value;
}

/**
 * An id as the file writes it: digits only, with no sign, space, base prefix, exponent or fraction
 * (a number's text is read from the file, so `0o7` and `1e1` are not 7 and 10); a quoted id is fine, as
 * JSON quotes every key. Anything else is undefined.
 */
function idOf(node: unknown, problems: Problems): number | undefined {
  if (!isScalar(node)) return undefined;
  const text =
    typeof node.value === 'string' ? node.value : typeof node.value === 'number' ? problems.raw(node) : '';
  if (!CANONICAL_ID.test(text)) return undefined;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : undefined;
}

const NOT_AN_ID = 'is not an id: ids are positive integers written in digits (1, 2, 3)';

function shares(node: unknown, where: string, problems: Problems): DesiredShares | undefined {
  if (!isMap(node)) {
    problems.add(node as Node, where, 'must be a mapping with users and/or groups');
    return undefined;
  }
  const out: DesiredShares = {};
  for (const [kind, value] of fields(node, ['users', 'groups'], where, problems)) {
    const at = `${where}.${kind}`;
    // `{}` or nothing after the key: nobody of this kind.
    if (value === null || (isScalar(value) && value.value === null)) {
      out[kind as 'users'] = {};
      continue;
    }
    if (!isMap(value)) {
      problems.add(value as Node, at, `must map ids to ${LEVEL_CHOICE}`);
      continue;
    }
    const levels: Record<number, Level> = {};
    const seen = new Map<number, string>();
    for (const pair of value.items) {
      const id = idOf(pair.key, problems);
      if (id === undefined) {
        problems.add(pair.key as Node, at, `${problems.raw(pair.key)} ${NOT_AN_ID}`);
        continue;
      }
      const first = seen.get(id);
      if (first !== undefined) {
        problems.add(
          pair.key as Node,
          at,
          `${problems.raw(pair.key)} names ${kind.slice(0, -1)} ${id} again (as ${first} does): each id once`,
        );
        continue;
      }
      seen.set(id, problems.raw(pair.key));
      const level = isScalar(pair.value) ? pair.value.value : undefined;
      if (!LEVELS.includes(level as Level)) {
        problems.add(
          (pair.value ?? pair.key) as Node,
          `${at}.${id}`,
          `must be ${LEVEL_CHOICE} (got ${JSON.stringify(level ?? null)})`,
        );
        continue;
      }
      levels[id] = level as Level;
    }
    out[kind as 'users'] = levels;
  }
  return out;
}

function wanted(
  node: unknown,
  where: string,
  allowed: string[],
  problems: Problems,
): [Wanted, Map<string, unknown>] | undefined {
  if (!isMap(node)) {
    problems.add(node as Node, where, 'must be a mapping with a name');
    return undefined;
  }
  const got = fields(node, allowed, where, problems);
  if (!got.has('name')) problems.add(node, where, 'has no name');
  const rules = allowed.includes('resources')
    ? { name: RULES.setName, description: RULES.setDescription }
    : { name: RULES.resourceName, description: RULES.resourceDescription };
  const name = got.has('name') ? text(got.get('name'), `${where}.name`, rules.name, problems) : undefined;
  const out: Wanted = { name: name ?? '' };
  if (got.has('description'))
    out.description = text(got.get('description'), `${where}.description`, rules.description, problems);
  if (got.has('shares')) out.shares = shares(got.get('shares'), `${where}.shares`, problems);
  return [out, got];
}

/** Names must be unique: the file names what it manages by name. */
function unique(
  items: { name: string; node: unknown; where: string }[],
  what: string,
  problems: Problems,
): void {
  const seen = new Map<string, string>();
  for (const { name, node, where } of items) {
    const first = seen.get(name);
    if (first !== undefined)
      problems.add(
        node as Node,
        where,
        `a second ${what} named ${JSON.stringify(name)} (the first is ${first}): names must be unique`,
      );
    else seen.set(name, where);
  }
}

/** The file's permission sets, or a CliError listing every problem (one per line) before anything is sent. */
export function parseAclFile(source: string, file: string): WantedSet[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problems = new Problems(file, lines, source);
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    problems.list.push(`${file}:${line}:${col}: ${error.message.split('\n')[0]}`);
  }
  const sets: WantedSet[] = [];
  const named: { name: string; node: unknown; where: string }[] = [];
  const ids = new Map<number, string>();
  if (problems.list.length === 0) {
    const root = doc.contents;
    const top = isMap(root) ? fields(root, ['permissionSets'], '', problems) : undefined;
    const list = top?.get('permissionSets');
    if (!isSeq(list))
      problems.add(
        (list ?? root) as Node,
        '',
        'the file must hold `permissionSets:`, a list of permission sets',
      );
    else {
      list.items.forEach((node, i) => {
        const where = `permissionSets[${i}]`;
        const parsed = wanted(
          node,
          where,
          ['id', 'name', 'archived', 'description', 'shares', 'resources'],
          problems,
        );
        if (!parsed) return;
        const [wantedSet, got] = parsed;
        const set: Omit<WantedSet, 'resources'> = wantedSet;
        if (got.has('id')) {
          const idNode = got.get('id');
          const id = idOf(idNode, problems);
          if (id === undefined)
            problems.add(idNode as Node, `${where}.id`, `${problems.raw(idNode)} ${NOT_AN_ID}`);
          else if (ids.has(id))
            problems.add(
              idNode as Node,
              `${where}.id`,
              `${id} is the id of ${ids.get(id)} too: each set once`,
            );
          else {
            ids.set(id, where);
            set.id = id;
          }
        }
        if (got.has('archived')) {
          const archived = got.get('archived');
          if (!isScalar(archived) || typeof archived.value !== 'boolean')
            problems.add(archived as Node, `${where}.archived`, 'must be true or false');
          else set.archived = archived.value;
        }
        const raw = got.get('resources');
        if (raw !== undefined && !isSeq(raw))
          problems.add(raw as Node, `${where}.resources`, 'must be a list');
        const found = (isSeq(raw) ? raw.items : []).flatMap((item, j) => {
          const at = `${where}.resources[${j}]`;
          const resource = wanted(item, at, ['name', 'description', 'shares'], problems)?.[0];
          if (resource && (resource.name === '.' || resource.name === '..')) {
            problems.add(
              item as Node,
              `${at}.name`,
              `${JSON.stringify(resource.name)} cannot be a resource name`,
            );
          }
          return resource ? [{ name: resource.name, resource, node: item, where: at }] : [];
        });
        unique(found, 'resource', problems);
        sets.push({ ...set, resources: found.map((r) => r.resource) });
        // Sets with ids are told apart by them; those without, by name.
        if (set.id === undefined) named.push({ name: set.name, node, where });
      });
      unique(named, 'permission set', problems);
    }
  }
  if (problems.list.length > 0) {
    const count = problems.list.length === 1 ? 'a problem' : `${problems.list.length} problems`;
    throw new CliError(`${file} has ${count}; nothing was changed:\n  ${problems.list.join('\n  ')}`);
  }
  return sets;
}
