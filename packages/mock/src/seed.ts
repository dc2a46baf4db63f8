// The seeded world: users, groups, permission sets, resources and shares drawn from a seeded PRNG, so a
// seed names one exact starting state.
import { LEVELS } from '@civis-ts/spec/facts';
import type { Random } from './random.js';
import type { MockGroup, MockPermissionSet, MockResource, MockUser, ShareLevel } from './types.js';

const FIRST = [
  'Dana',
  'Marcus',
  'Priya',
  'Tomás',
  'Aiko',
  'Chidi',
  'Elena',
  'Farid',
  'Grace',
  'Hyun',
  'Ines',
  'Jonah',
];
const LAST = [
  'Whitfield',
  'Oyelaran',
  'Raman',
  'García',
  'Tanaka',
  'Okafor',
  'Petrova',
  'Haddad',
  'Liu',
  'Park',
];
const GROUPS = ['Field analytics', 'Data science', 'Finance', 'Operations', 'Engineering'];
const ADJECTIVES = ['Regional', 'National', 'Quarterly', 'Core', 'Shared', 'Restricted', 'Legacy', 'Pilot'];
const NOUNS = ['analytics', 'reporting', 'voter files', 'fundraising', 'survey data', 'modeling', 'finance'];
const RESOURCES = [
  'voter_file.midwest',
  'voter_file.south',
  'turnout.2024',
  'donors/major gifts',
  'survey results?wave=2',
  'budget #3',
  'growth 100%',
  'données régionales',
  '選挙データ',
];

export const USER_COUNT = 12;
export const CALLER_ID = 1;
const SEED_EPOCH = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

export function seedUsers(random: Random): MockUser[] {
  return Array.from({ length: USER_COUNT }, (_, index) => {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const id = index + 1;
    return {
      id,
      name: `${first} ${last}`,
      username: `${first[0]}${last}${id}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]/g, ''),
      initials: `${first[0]}${last[0]}`,
      online: random.chance(0.5),
    };
  });
}

export function seedGroups(random: Random, users: readonly MockUser[]): MockGroup[] {
  return GROUPS.map((name, index) => ({
    id: index + 1,
    name,
    memberIds: users.filter(() => random.chance(0.35)).map((user) => user.id),
  }));
}

function seedTimes(random: Random): { createdAt: string; updatedAt: string } {
  const created = SEED_EPOCH + random.int(0, 364) * DAY + random.int(0, DAY / 1000) * 1000;
  const updated = created + random.int(0, 60) * DAY + random.int(0, DAY / 1000) * 1000;
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}

export function seedPermissionSet(random: Random, id: number): MockPermissionSet {
  return {
    id,
    name: `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`,
    description: random.chance(0.3) ? null : `Seeded permission set ${id}.`,
    authorId: random.chance(0.5) ? CALLER_ID : random.int(1, USER_COUNT),
    ...seedTimes(random),
    archived: random.chance(0.15),
  };
}

/** Up to four resources with distinct names, some of them needing percent-encoding in a path. */
export function seedResources(random: Random, set: MockPermissionSet, nextId: () => number): MockResource[] {
  const names = new Set<string>();
  const count = random.int(0, 4);
  while (names.size < count) names.add(random.pick(RESOURCES));
  return [...names].map((name) => ({
    id: nextId(),
    permissionSetId: set.id,
    name,
    description: random.chance(0.4) ? null : `About ${name}.`,
    ownerId: set.authorId,
    ...seedTimes(random),
  }));
}

export function seedLevel(random: Random): ShareLevel {
  return random.pick(LEVELS);
}
