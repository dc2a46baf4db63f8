// State shared by one diff run: the two documents (to follow $refs) and the changes found so far.
import type { Change, Json } from './types.ts';

export { deref } from '@civis-ts/spec/walk';

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
