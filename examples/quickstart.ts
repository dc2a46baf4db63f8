// Quickstart: list permission sets, create one, add a resource, share it, read the share index.
// Reads CIVIS_API_KEY and CIVIS_API_ENDPOINT (`pnpm demo` points them at the local mock).
import { Civis, type Share } from '@civis-ts/sdk';

const civis = new Civis();

async function listSets(title: string): Promise<void> {
  const sets = await civis.permissionSets.list({ limit: 5 }).toArray({ max: 5 });
  console.log(`\n${title} (first ${sets.length}, most recently changed first):`);
  for (const set of sets) console.log(`  #${set.id}  ${set.name}  — by ${set.author.name}`);
}

function describe(shares: Share[], level: Share['level']): string {
  const names = shares.filter((s) => s.level === level).map((s) => `${s.name} (${s.kind})`);
  return names.length > 0 ? names.join(', ') : '—';
}

await listSets('Permission sets');

const created = await civis.permissionSets.create({
  name: 'Quickstart analytics',
  description: 'Made by examples/quickstart.ts',
});
console.log(`\nCreated permission set #${created.id} "${created.name}".`);
await listSets('Permission sets now');

const resources = civis.permissionSets.resources(created.id);
const resourceName = 'voter_file/midwest 2026';
const resource = await resources.create({ name: resourceName, description: 'Midwest voter file' });
console.log(`\nAdded resource "${resource.name}" to #${created.id}.`);

const shares = resources.shares(resourceName);
await shares.grant({ users: [2] }, 'write');
await shares.grant({ groups: [1] }, 'read');
const index = await shares.list();
console.log(`\nShares of "${resourceName}":`);
console.log(`  manage: ${describe(index, 'manage')}`);
console.log(`  write:  ${describe(index, 'write')}`);
console.log(`  read:   ${describe(index, 'read')}`);

const permissions = await civis.permissionSets.userPermissions(created.id, 2);
console.log(`\nUser 2 in #${created.id}:`);
for (const p of permissions) {
  const levels = (['read', 'write', 'manage'] as const).filter((level) => p[level]);
  console.log(`  ${p.resourceName}: ${levels.join(', ') || 'none'}`);
}
