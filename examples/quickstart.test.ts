// `pnpm demo` is one of the README's two commands: this runs the same script (scripts/demo.ts: the mock,
// which checks its own answers against the spec, then examples/quickstart.ts and the civis-ts CLI against it) and checks that the state
// changes show.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

it('the demo lists, creates, shares and shows the result, then exits 0', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const out = run.stdout;
  const created = /Created permission set #(\d+) "Quickstart analytics"/.exec(out);
  expect(created).not.toBeNull();
  // The created set is listed afterwards, first (the most recently changed).
  expect(out).toMatch(new RegExp(`Permission sets now[^\\n]*\\n  #${created?.[1]}  Quickstart analytics`));
  expect(out).toMatch(/write: {2}\S.* \(user\)/);
  expect(out).toMatch(/read: {3}\S.* \(group\)/);
  expect(out).toMatch(/voter_file\/midwest 2026: read, write/);
  // The CLI: plan shows the changes, apply makes them, the plan after shows none.
  expect(out).toMatch(/\$ civis-ts plan acl\.yaml\nPermission set "Demo field team" \(new\)\n {2}\+ create/);
  expect(out).toMatch(
    /\$ civis-ts apply acl\.yaml --yes\n[^$]*✓ created permission set "Demo field team" #\d+/,
  );
  expect(out).toMatch(/✓ granted write to user 3 on resource "voter_file\/midwest"/);
  expect(out).toMatch(/\$ civis-ts plan acl\.yaml\nNo changes: the API matches the file\./);
  // The fake checks every answer against the spec; the demo counts those that broke it.
  expect(out).toMatch(/\d+ requests reached the mock; 0 of its answers broke the spec\./);
}, 120_000);
