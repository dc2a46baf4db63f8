// The permission-sets file: read from YAML and checked whole before anything is asked of the API, each
// problem named with its line and column. Sets and resources are named, not numbered, so one file can be
// applied to any account.
import type { DesiredShares } from '@civis-ts/sdk/sync';
import { DESCRIPTION_MAX_LENGTH, LEVELS, type Level, NAME_MAX_LENGTH } from '@civis-ts/spec/facts';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { CliError } from '../errors.js';

// The share levels, and the bounds of a name and a description, are the spec's (its generated facts).
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
  resources: Wanted[];
}

class Problems {
  readonly list: string[] = [];
  constructor(
    readonly file: string,
    readonly lines: LineCounter,
  ) {}
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

function text(node: unknown, where: string, max: number, problems: Problems, min = 0): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') {
    problems.add(node as Node, where, 'must be a string');
    return undefined;
  }
  const length = [...node.value].length;
  if (length < min) problems.add(node, where, 'must not be empty');
  else if (length > max) problems.add(node, where, `must be at most ${max} characters (has ${length})`);
  return node.value;
}

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
    for (const pair of value.items) {
      const id = isScalar(pair.key) ? Number(pair.key.value) : Number.NaN;
      if (!Number.isSafeInteger(id) || id < 1) {
        problems.add(
          pair.key as Node,
          at,
          `${JSON.stringify(isScalar(pair.key) ? pair.key.value : pair.key)} is not an id (a positive integer)`,
        );
        continue;
      }
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
  const name = got.has('name')
    ? text(got.get('name'), `${where}.name`, NAME_MAX_LENGTH, problems, 1)
    : undefined;
  const out: Wanted = { name: name ?? '' };
  if (got.has('description'))
    out.description = text(got.get('description'), `${where}.description`, DESCRIPTION_MAX_LENGTH, problems);
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
  const problems = new Problems(file, lines);
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    problems.list.push(`${file}:${line}:${col}: ${error.message.split('\n')[0]}`);
  }
  const sets: WantedSet[] = [];
  const named: { name: string; node: unknown; where: string }[] = [];
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
        const parsed = wanted(node, where, ['name', 'description', 'shares', 'resources'], problems);
        if (!parsed) return;
        const [set, got] = parsed;
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
        named.push({ name: set.name, node, where });
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
