// export, plan and apply: permission sets as code.
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PermissionSet } from '@civis-ts/sdk';
import { createCivis } from '../civis.js';
import { colourMarks, paint } from '../colour.js';
import { CliError, EXIT } from '../errors.js';
import { sourceName } from '../input.js';
import type { Io } from '../io.js';
import { guardStdout, stdoutBroken, write } from '../output.js';
import { confirm } from '../prompt.js';
import type { Runner } from '../registry.js';
import { escapeLines } from '../terminal.js';
import { applyPlan, type Count } from './apply.js';
import { parseAclFile, type WantedSet } from './file.js';
import { checkGroups, makePlan, type Plan, pending } from './plan.js';
import { countText, exportYaml, leftAsIs, renderPlan, summary } from './render.js';
import { MAX_FILE_BYTES } from './rules.js';
import { readAll, readSet } from './state.js';

export const runExport: Runner = async (_, { flags }, io) => {
  // Checked and converted by args.ts: canonical positive ids, from commas or repeats.
  const ids = (flags['permission-set'] as number[] | undefined) ?? [];
  const civis = createCivis(io.env);
  const sets: PermissionSet[] = [];
  if (ids.length > 0) for (const id of ids) sets.push(await civis.permissionSets.get(id));
  else
    for await (const set of civis.permissionSets.list({ archived: 'all', order: 'name', orderDir: 'asc' }))
      sets.push(set);
  // Each set carries its id, so sets of one name are told apart.
  const states = await readAll(sets, (set) => readSet(civis, set));
  const text = exportYaml(states);
  const output = flags.output as string | undefined;
  if (output === undefined) await write(io.stdout, text);
  else await replaceFile(output, text);
  return EXIT.ok;
};

/**
 * Writes `path` whole or not at all: a file beside it, flushed, then renamed over it. An existing file
 * keeps its permissions.
 */
async function replaceFile(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const mode = await stat(path).then(
      (existing) => existing.mode & 0o777,
      () => undefined,
    );
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot write ${path}: ${code}; it was left as it was`);
  }
}

/**
 * The file's text (standard input's for `-`), refused in one line past MAX_FILE_BYTES, read no further
 * than that.
 */
async function readSource(file: string, stdin: Io['stdin']): Promise<string> {
  const tooBig = () =>
    new CliError(
      `${sourceName(file)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the most a permission-sets file may hold; nothing was read further`,
    );
  if (file === '-') return readStdin(stdin, tooBig);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) throw tooBig();
    // A pipe or a growing file has no size to trust: read at most one byte past the limit.
    const buffer = Buffer.alloc(Math.max(size, 64 * 1024) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw tooBig();
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_FILE_BYTES) throw tooBig();
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  } finally {
    await handle?.close();
  }
}

/** All of standard input as text, refused once more than MAX_FILE_BYTES have come. */
async function readStdin(stdin: Io['stdin'], tooBig: () => Error): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stdin) {
      length += (chunk as Buffer).length;
      if (length > MAX_FILE_BYTES) throw tooBig();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `cannot read (stdin): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readFileSets(
  rest: string[],
  stdin: Io['stdin'],
): Promise<{ file: string; wanted: WantedSet[] }> {
  const file = sourceName(rest[0] as string);
  return { file, wanted: parseAclFile(await readSource(rest[0] as string, stdin), file) };
}

const noChanges = (plan: Plan) => `No changes: the API matches the file.\n${leftAsIs(plan)}`;

export const runPlan: Runner = async (_, { rest, flags }, io) => {
  const { file, wanted } = await readFileSets(rest, io.stdin);
  const plan = await makePlan(createCivis(io.env), wanted, file);
  if (flags.json) await write(io.stdout, `${JSON.stringify(plan, null, 2)}\n`);
  else await write(io.stdout, marked(io, escapeLines(pending(plan) ? renderPlan(plan) : noChanges(plan))));
  return pending(plan) ? EXIT.pending : EXIT.ok;
};

/** The plan's changes and checks, without the listing of what it leaves alone: what apply would do. */
const planKey = (plan: Plan) =>
  JSON.stringify([
    plan.objects.map((o) => [o.set, o.resource, o.setId, o.exists, o.changes]),
    plan.unverifiedGroups,
  ]);

/** Plan text as stdout shows it: coloured by its marks on a terminal only. */
const marked = (io: Io, text: string) => colourMarks(text, paint(io.stdout, io.env));

export const runApply: Runner = (_, { rest, flags }, io) =>
  guardStdout(io.stdout, async () => {
    const out = (text: string) => write(io.stdout, text);
    const broken = () => stdoutBroken(io.stdout);
    /** A line of apply's own on stdout, unless its reader has gone. */
    const say = (line: string) => {
      if (!broken()) io.stdout.write(`${escapeLines(line)}\n`);
    };
    if (rest[0] === '-' && !flags.yes) {
      throw new CliError('apply - reads the file from stdin, so nobody is left to confirm: add --yes');
    }
    const { file, wanted } = await readFileSets(rest, io.stdin);
    const civis = createCivis(io.env);
    let plan = await makePlan(civis, wanted, file);
    if (!pending(plan)) {
      await out(escapeLines(noChanges(plan)));
      return EXIT.ok;
    }
    await out(marked(io, escapeLines(renderPlan(plan))));
    // What is applied is what was confirmed: after the answer the plan is made again, and a plan that
    // changed meanwhile is shown and asked about again (with --yes, refused).
    for (;;) {
      if (!flags.yes) {
        if (!io.stdin.isTTY) {
          throw new CliError(
            'not applying: stdin is not a terminal, so nobody can confirm; rerun with --yes to apply the plan above',
          );
        }
        if (!(await confirm(`\nApply these changes (${summary(plan)})? [y/N] `, io))) {
          throw new CliError('nothing was applied');
        }
      }
      await stdoutSettled();
      const why = broken();
      if (why) throw new CliError(`not applying: ${why} before apply began; nothing was changed`);
      const now = await makePlan(civis, wanted, file);
      if (planKey(now) === planKey(plan)) break;
      plan = now;
      if (!pending(plan)) {
        await out(
          escapeLines(`\nThe API changed since the plan, and now matches the file.\n${noChanges(plan)}`),
        );
        return EXIT.ok;
      }
      await out(
        marked(
          io,
          escapeLines(`\nThe API changed since the plan above. The plan now:\n\n${renderPlan(plan)}`),
        ),
      );
      if (flags.yes) {
        throw new CliError(
          'not applying: the API changed since the plan; nothing was changed (the plan now is shown above; rerun to apply it)',
        );
      }
    }
    await checkGroups(civis, plan);
    await out('\n');
    // The first Ctrl-C stops the apply and reports what was made; a second one (no listener left) kills.
    const interrupt = new AbortController();
    const stop = () => interrupt.abort();
    process.once('SIGINT', stop);
    let made: Count;
    try {
      made = await applyPlan(civis, plan, file, say, interrupt.signal, broken);
    } finally {
      process.off('SIGINT', stop);
    }
    await out(`\nApplied: ${countText(made)}.\n`);
    await stdoutSettled();
    const why = broken();
    if (why) throw new CliError(`apply made every change (${countText(made)}), but ${why}`);
    return EXIT.ok;
  });

/** A failed write to stdout is reported on a later turn of the event loop: let it be. */
const stdoutSettled = () => new Promise<void>((resolve) => setImmediate(resolve));
