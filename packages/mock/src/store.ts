// The fake's whole state, in memory. `reset()` restores the seeded world; the clock is logical (one second
// per write, from a fixed start) so timestamps, and so every sort order, are deterministic too. Every write
// reads the clock (`now()`), which also moves `revision`: the sorted lists kept for paging follow it.
import { notFound } from './errors.js';
import { createRandom, type Random } from './random.js';
import { CALLER_ID, seedGroups, seedLevel, seedPermissionSet, seedResources, seedUsers } from './seed.js';
import { higher, ShareTable } from './shares.js';
import type {
  MockGroup,
  MockPermissionSet,
  MockResource,
  MockUser,
  ShareLevel,
  ShareTarget,
} from './types.js';

const CLOCK_START = Date.UTC(2026, 5, 1);

export interface StoreOptions {
  seed?: number;
  /** How many permission sets the seed makes (default 25). */
  permissionSets?: number;
}

export class MockStore {
  readonly seed: number;
  readonly seededPermissionSets: number;
  /** The user the API key belongs to. */
  readonly callerId = CALLER_ID;
  readonly users = new Map<number, MockUser>();
  readonly groups = new Map<number, MockGroup>();
  readonly permissionSets = new Map<number, MockPermissionSet>();
  /** Resources by permission set id, then by name. */
  readonly resources = new Map<number, Map<string, MockResource>>();
  readonly shares = new ShareTable();
  #random: Random = createRandom(0);
  #ticks = 0;
  #revision = 0;
  #nextPermissionSetId = 1;
  #nextResourceId = 1;

  constructor(options: StoreOptions = {}) {
    this.seed = options.seed ?? 1;
    this.seededPermissionSets = options.permissionSets ?? 25;
    this.reset();
  }

  /** Restores the seeded state: everything a test did is gone. */
  reset(): void {
    this.#revision += 1;
    this.#random = createRandom(this.seed);
    this.#ticks = 0;
    this.#nextPermissionSetId = 1;
    this.#nextResourceId = 1;
    for (const map of [this.users, this.groups, this.permissionSets, this.resources]) map.clear();
    this.shares.clear();
    const random = this.#random;
    for (const user of seedUsers(random)) this.users.set(user.id, user);
    for (const group of seedGroups(random, [...this.users.values()])) this.groups.set(group.id, group);
    for (let i = 0; i < this.seededPermissionSets; i++) {
      const set = seedPermissionSet(random, this.#nextPermissionSetId++);
      this.permissionSets.set(set.id, set);
      const resources = seedResources(random, set, () => this.#nextResourceId++);
      this.resources.set(set.id, new Map(resources.map((resource) => [resource.name, resource])));
      this.#seedShares({ permissionSetId: set.id }, set.authorId);
      for (const resource of resources) {
        this.#seedShares({ permissionSetId: set.id, resourceName: resource.name }, resource.ownerId);
      }
    }
  }

  #seedShares(target: ShareTarget, ownerId: number): void {
    const random = this.#random;
    if (random.chance(0.4)) {
      const userId = random.int(1, this.users.size);
      if (userId !== ownerId) this.shares.set(target, 'user', userId, seedLevel(random));
    }
    if (random.chance(0.3))
      this.shares.set(target, 'group', random.int(1, this.groups.size), seedLevel(random));
  }

  /** The logical clock: a new, later ISO timestamp on every call. */
  now(): string {
    this.#revision += 1;
    return new Date(CLOCK_START + this.#ticks++ * 1000).toISOString();
  }

  /**
   * Changes on every write (`now()`, `reset()`, a deletion). Code that changes a record's fields directly
   * (rather than through the routes) calls `now()` or `changed()` too, or lists keep the old order.
   */
  get revision(): number {
    return this.#revision;
  }

  /** Marks the state changed without a new timestamp. */
  changed(): void {
    this.#revision += 1;
  }

  /** Adds `count` active permission sets (bulk fixtures for paging tests), newest last. */
  addPermissionSets(count: number, authorId = CALLER_ID): MockPermissionSet[] {
    return Array.from({ length: count }, () =>
      this.createPermissionSet(`Fixture set ${this.#nextPermissionSetId}`, null, authorId),
    );
  }

  /** Adds `count` resources named `fixture-<n>` to a permission set. */
  addResources(permissionSetId: number, count: number): MockResource[] {
    this.permissionSet(permissionSetId);
    return Array.from({ length: count }, () =>
      this.createResource(permissionSetId, `fixture-${String(this.#nextResourceId).padStart(5, '0')}`, null),
    );
  }

  createPermissionSet(name: string, description: string | null, authorId = CALLER_ID): MockPermissionSet {
    const at = this.now();
    const set = {
      id: this.#nextPermissionSetId++,
      name,
      description,
      authorId,
      createdAt: at,
      updatedAt: at,
      archived: false,
    };
    this.permissionSets.set(set.id, set);
    this.resources.set(set.id, new Map());
    return set;
  }

  /** Creates a resource; the caller checks that the name is free. */
  createResource(
    permissionSetId: number,
    name: string,
    description: string | null,
    ownerId = CALLER_ID,
  ): MockResource {
    const at = this.now();
    const id = this.#nextResourceId++;
    const resource = { id, permissionSetId, name, description, ownerId, createdAt: at, updatedAt: at };
    this.resourcesOf(permissionSetId).set(name, resource);
    return resource;
  }

  /** Deletes a resource and its shares (404 if there is none by that name). */
  deleteResource(permissionSetId: number, name: string): void {
    this.resource(permissionSetId, name);
    this.resourcesOf(permissionSetId).delete(name);
    this.shares.forget({ permissionSetId, resourceName: name });
    this.changed();
  }

  permissionSet(id: number): MockPermissionSet {
    const set = this.permissionSets.get(id);
    if (!set) throw notFound(`Permission set ${id}`);
    return set;
  }

  resourcesOf(permissionSetId: number): Map<string, MockResource> {
    this.permissionSet(permissionSetId);
    let resources = this.resources.get(permissionSetId);
    if (!resources) {
      resources = new Map();
      this.resources.set(permissionSetId, resources);
    }
    return resources;
  }

  resource(permissionSetId: number, name: string): MockResource {
    const resource = this.resourcesOf(permissionSetId).get(name);
    if (!resource) throw notFound(`Resource ${JSON.stringify(name)} in permission set ${permissionSetId}`);
    return resource;
  }

  /** Checks a share target exists (404 otherwise). */
  target(target: ShareTarget): ShareTarget {
    if (target.resourceName === undefined) this.permissionSet(target.permissionSetId);
    else this.resource(target.permissionSetId, target.resourceName);
    return target;
  }

  user(id: number): MockUser {
    const user = this.users.get(id);
    if (!user) throw notFound(`User ${id}`);
    return user;
  }

  group(id: number): MockGroup {
    const group = this.groups.get(id);
    if (!group) throw notFound(`Group ${id}`);
    return group;
  }

  /** The user who owns an object: the set's author, or the resource's owner. */
  ownerOf(target: ShareTarget): number {
    return target.resourceName === undefined
      ? this.permissionSet(target.permissionSetId).authorId
      : this.resource(target.permissionSetId, target.resourceName).ownerId;
  }

  /** A user's level on an object: owner, direct share, or any group they belong to, whichever is highest. */
  effectiveLevel(target: ShareTarget, userId: number): ShareLevel | undefined {
    if (this.ownerOf(target) === userId) return 'manage';
    let level = this.shares.level(target, 'user', userId);
    for (const group of this.groups.values()) {
      if (group.memberIds.includes(userId))
        level = higher(level, this.shares.level(target, 'group', group.id));
    }
    return level;
  }
}
