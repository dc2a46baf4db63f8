// State shared by one diff run: the two documents (to follow $refs) and the changes found so far.
import { type Change, isObject, type Json } from './types.ts';

export class DiffContext {
  readonly changes = new Map<string, Change>();
  /** The operation being walked, named on every change found under it. */
  operation = '';
  /** $ref pairs already entered for the current operation: recursive schemas end here. */
  readonly entered = new Set<string>();

  constructor(
    readonly oldDoc: Json,
    readonly newDoc: Json,
  ) {}

  startOperation(label: string): void {
    this.operation = label;
    this.entered.clear();
  }

  /** Records a change; the same change reached from several operations is kept once, naming them all. */
  add(change: Omit<Change, 'operations'>): void {
    const key = [change.level, change.kind, change.location, change.message].join('\u0000');
    const seen = this.changes.get(key);
    const operations = this.operation ? [this.operation] : [];
    if (!seen) {
      this.changes.set(key, { ...change, operations });
    } else if (this.operation && !seen.operations.includes(this.operation)) {
      seen.operations.push(this.operation);
    }
  }
}

/** Follows local `$ref`s (`#/a/b`) until a non-ref node; returns the last ref followed, for locations. */
export function deref(doc: Json, node: unknown): { node: unknown; ref?: string } {
  let current = node;
  let ref: string | undefined;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref chain too long at ${current.$ref}`);
    ref = current.$ref;
    current = pointer(doc, ref);
  }
  return ref === undefined ? { node: current } : { node: current, ref };
}

function pointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#/'))
    throw new Error(`only local $refs are supported (bundle the spec first): ${ref}`);
  let current: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    current = isObject(current) ? current[key] : undefined;
  }
  if (current === undefined) throw new Error(`unresolved $ref ${ref}`);
  return current;
}
