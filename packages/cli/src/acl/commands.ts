// export, plan and apply: permission sets as code.
import type { PermissionSet } from '@civis-ts/sdk';
import { createCivis } from '../civis.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { readSource, sourceName } from '../input.js';
import { write } from '../output.js';
import { confirm } from '../prompt.js';
import type { Runner } from '../registry.js';
import { applyPlan } from './apply.js';
import { parseAclFile } from './file.js';
import { checkGroups, makePlan, type Plan, pending } from './plan.js';
import { exportYaml, renderPlan, summary } from './render.js';
import { readSet } from './state.js';

export const runExport: Runner = async (_, { flags }) => {
  const ids = ((flags['permission-set'] as string[] | undefined) ?? []).map((text) => {
    const id = Number(text);
    if (!/^\d+$/.test(text) || id < 1)
      throw new UsageError(`--permission-set must be an id, got ${JSON.stringify(text)}`, 'export');
    return id;
  });
  const civis = createCivis();
  const sets: PermissionSet[] = [];
  if (ids.length > 0) for (const id of ids) sets.push(await civis.permissionSets.get(id));
  else for await (const set of civis.permissionSets.list({ order: 'name', orderDir: 'asc' })) sets.push(set);
  // The file names sets by name: two of the same name could not be planned.
  const byName = new Map<string, PermissionSet[]>();
  for (const set of sets) byName.set(set.name, [...(byName.get(set.name) ?? []), set]);
  const clashes = [...byName].filter(([, same]) => same.length > 1);
  if (clashes.length > 0) {
    throw new CliError(
      `permission sets share a name, which the file cannot tell apart: ${clashes
        .map(([name, same]) => `${JSON.stringify(name)} (${same.map((s) => `#${s.id}`).join(', ')})`)
        .join('; ')}; rename them, or export others with --permission-set`,
    );
  }
  const states = [];
  for (const set of sets) states.push(await readSet(civis, set));
  await write(exportYaml(states));
  return EXIT.ok;
};

async function planFile(
  rest: string[],
): Promise<{ plan: Plan; file: string; civis: ReturnType<typeof createCivis> }> {
  const source = await readSource(rest[0] as string);
  const file = sourceName(rest[0] as string);
  const wanted = parseAclFile(source, file);
  const civis = createCivis();
  return { plan: await makePlan(civis, wanted, file), file, civis };
}

export const runPlan: Runner = async (_, { rest, flags }) => {
  const { plan } = await planFile(rest);
  if (flags.json) await write(`${JSON.stringify(plan, null, 2)}\n`);
  else await write(pending(plan) ? renderPlan(plan) : 'No changes: the API matches the file.\n');
  return pending(plan) ? EXIT.pending : EXIT.ok;
};

export const runApply: Runner = async (_, { rest, flags }) => {
  if (rest[0] === '-' && !flags.yes) {
    throw new CliError('apply - reads the file from stdin, so nobody is left to confirm: add --yes');
  }
  const { plan, file, civis } = await planFile(rest);
  if (!pending(plan)) {
    await write('No changes: the API matches the file.\n');
    return EXIT.ok;
  }
  await write(renderPlan(plan));
  if (!flags.yes) {
    if (!process.stdin.isTTY) {
      throw new CliError(
        'not applying: stdin is not a terminal, so nobody can confirm; rerun with --yes to apply the plan above',
      );
    }
    if (!(await confirm(`\nApply these changes (${summary(plan)})? [y/N] `))) {
      throw new CliError('nothing was applied');
    }
  }
  await checkGroups(civis, plan);
  await write('\n');
  // The first Ctrl-C stops the apply and reports what was made; a second one (no listener left) kills.
  const interrupt = new AbortController();
  const stop = () => interrupt.abort();
  process.once('SIGINT', stop);
  try {
    await applyPlan(civis, plan, file, (line) => process.stdout.write(`${line}\n`), interrupt.signal);
  } finally {
    process.off('SIGINT', stop);
  }
  await write(`\nApplied: ${summary(plan)}.\n`);
  return EXIT.ok;
};
