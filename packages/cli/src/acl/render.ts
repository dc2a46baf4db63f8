// What people read: the plan grouped per permission set and resource, the steps `apply` reports, and
// the file `export` writes. Names and descriptions are quoted with their controls escaped (terminal.ts).
import type { SyncStep } from '@civis-ts/sdk/sync';
import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import { quote } from '../terminal.js';
import type { Change, ObjectPlan, Plan } from './plan.js';
import { isArchived, type SetState, sharesMap } from './state.js';

export function targetName(object: Pick<ObjectPlan, 'set' | 'resource' | 'setId'>): string {
  const set = `permission set ${quote(object.set)}${object.setId === undefined ? '' : ` #${object.setId}`}`;
  return object.resource === undefined ? set : `resource ${quote(object.resource)} of ${set}`;
}

export function changeText(change: Change): string {
  switch (change.action) {
    case 'create':
      return '+ create';
    case 'update':
      if (change.field === 'archived') return change.to ? '~ archive' : '~ unarchive';
      return `~ update ${change.field}: ${quote(change.from ?? '')} → ${quote(change.to)}`;
    case 'grant':
      // `~`: a level changed; `+`: a share added.
      return `${change.from ? '~' : '+'} grant ${change.kind} ${change.id} ${change.level}`;
    case 'revoke':
      return `- revoke ${change.kind} ${change.id}`;
  }
}

/** A change `apply` did not make, as one line that says where: `grant write to user 4 on resource …`. */
export function notMadeText(change: Change, object: Pick<ObjectPlan, 'set' | 'resource' | 'setId'>): string {
  const where = targetName(object);
  switch (change.action) {
    case 'create':
      return `create ${where}`;
    case 'update':
      if (change.field === 'archived') return `${change.to ? 'archive' : 'unarchive'} ${where}`;
      return `update the ${change.field} of ${where}`;
    case 'grant':
      return `${stepText({ action: 'grant', kind: change.kind, ids: [change.id], level: change.level }, false)} on ${where}`;
    case 'revoke':
      return `${stepText({ action: 'revoke', kind: change.kind, id: change.id }, false)} on ${where}`;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summary({ count }: Plan): string {
  return countText(count);
}

/** Counts of changes as people read them: `1 create, 0 updates, 3 grants, 0 revokes`. */
export function countText(count: Plan['count']): string {
  return [
    plural(count.create, 'create'),
    plural(count.update, 'update'),
    plural(count.grant, 'grant'),
    plural(count.revoke, 'revoke'),
  ].join(', ');
}

/** The plan: each changed set, then its changed resources, each change with its reason. */
export function renderPlan(plan: Plan): string {
  const lines: string[] = [];
  let set: string | undefined;
  for (const object of plan.objects) {
    if (object.changes.length === 0) continue;
    const indent = object.resource === undefined ? '  ' : '    ';
    if (object.set !== set) {
      set = object.set;
      lines.push(
        `Permission set ${quote(object.set)}${object.setId === undefined ? ' (new)' : ` #${object.setId}`}`,
      );
    }
    if (object.resource !== undefined)
      lines.push(`  Resource ${quote(object.resource)}${object.exists ? '' : ' (new)'}`);
    const texts = object.changes.map(changeText);
    // Reasons line up, unless a long change (a new description) would push them far right.
    const width = Math.min(32, Math.max(...texts.map((t) => t.length))) + 2;
    object.changes.forEach((change, i) => {
      const text = texts[i] ?? '';
      lines.push(`${indent}${text}${' '.repeat(Math.max(2, width - text.length))}(${change.reason})`);
    });
    for (const note of object.notes) lines.push(`${indent}note: ${note}`);
  }
  if (plan.unverifiedGroups.length > 0) {
    const groups = plan.unverifiedGroups.join(', ');
    lines.push(`note: no share read names group ${groups}; apply checks that it exists before any change`);
  }
  const left = leftAsIs(plan);
  return `${lines.join('\n')}${lines.length ? '\n\n' : ''}${left}Plan: ${summary(plan)}.\n`;
}

/** How many sets of the API a listing names before it says "and N more". */
const LISTED = 10;

/** What the plan leaves as it is: the file's objects that match, and the sets the file does not name. */
export function leftAsIs(plan: Plan): string {
  const lines: string[] = [];
  const same = plan.objects.filter((object) => object.changes.length === 0).length;
  if (same > 0)
    lines.push(
      `Unchanged: ${plural(same, 'permission set or resource', 'permission sets and resources')} of the file already match.`,
    );
  const active = plan.untouched.filter((set) => !set.archived);
  const archived = plan.untouched.length - active.length;
  if (active.length > 0) {
    const named = active.slice(0, LISTED).map((set) => `#${set.id} ${quote(set.name)}`);
    if (active.length > LISTED) named.push(`and ${active.length - LISTED} more`);
    lines.push(
      `Left as is: ${plural(active.length, 'active permission set')} not in the file: ${named.join(', ')}.`,
    );
  }
  if (archived > 0) lines.push(`Left as is: ${plural(archived, 'archived permission set')} not in the file.`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

const who = (kind: string, ids: number[]) => `${kind}${ids.length === 1 ? '' : 's'} ${ids.join(', ')}`;

/** A share step of `sync`, made (`granted …`) or not (`grant …`). */
export function stepText(step: SyncStep, made = true): string {
  return step.action === 'grant'
    ? `${made ? 'granted' : 'grant'} ${step.level} to ${who(step.kind, step.ids)}`
    : `${made ? 'revoked' : 'revoke'} ${step.kind} ${step.id}`;
}

/** Ids as numbers so YAML writes `12: manage`, not `"12": manage`. */
function byId(levels: Record<number, string>): Map<number, string> {
  return new Map(Object.entries(levels).map(([id, level]) => [Number(id), level]));
}

function sharesNode(shares: SetState['shares']) {
  const { users, groups } = sharesMap(shares);
  return { users: byId(users), groups: byId(groups) };
}

/**
 * The file `export` writes: each set with its id (which `plan` matches first, so sets of one name are
 * told apart), name, whether archived, description, shares and resources; shares in flow style.
 */
export function exportYaml(states: SetState[]): string {
  const permissionSets = states.map(({ set, shares, resources }) => ({
    id: set.id,
    name: set.name,
    ...(isArchived(set) ? { archived: true } : {}),
    ...(set.description === null ? {} : { description: set.description }),
    shares: sharesNode(shares),
    resources: [...resources.values()].map(({ resource, shares: resourceShares }) => ({
      name: resource.name,
      ...(resource.description === null ? {} : { description: resource.description }),
      shares: sharesNode(resourceShares ?? []),
    })),
  }));
  const doc = new Document({ permissionSets });
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'shares' && isMap(pair.value))
        pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
