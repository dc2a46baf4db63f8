// What `pnpm regen` tells the maintainer at the end: from the output of the steps it ran, every failure
// with the file to edit. A type error names its file and line (relative to the repo, not to its
// package); a failed test names its file and test; a task turbo did not run because a dependency failed
// is said to be not built, so nobody reads an old dist as the new one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StepResult {
  /** What the step is, as the report names it (`spec lint`, `typecheck`, `build and tests`). */
  name: string;
  ok: boolean;
  /** Everything it printed, stdout and stderr. */
  output: string;
  /** Where to look when it failed and the output names no file. */
  hint?: string;
}

/** Workspace package name → its directory relative to the repo, from each package.json under `root`. */
export function packageDirs(root: string): Map<string, string> {
  const dirs = new Map<string, string>();
  const candidates = ['spec', 'scripts', 'bench', 'examples'];
  for (const group of ['packages', 'tests']) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      if (entry.isDirectory()) candidates.push(`${group}/${entry.name}`);
    }
  }
  for (const dir of candidates) {
    try {
      const { name } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string };
      dirs.set(name, dir);
    } catch {
      // Not a package.
    }
  }
  return dirs;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the colours turbo and vitest print.
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The type errors in turbo's output: `pkg:typecheck: src/x.ts(12,5): error TS2339: …`, by repo file. */
export function typeErrors(output: string, dirs: Map<string, string>): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const line of stripAnsi(output).split('\n')) {
    const match = /^(\S+?):[\w:-]+: (.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line.trim());
    if (!match) continue;
    const [, pkg, file, row, message] = match as unknown as [string, string, string, string, string];
    const path = `${dirs.get(pkg) ?? pkg}/${file}`;
    // Once each: a package's build compiles its sources too, and reports the same error as its typecheck.
    const lines = errors.get(path) ?? [];
    if (!lines.includes(`line ${row}: ${message}`)) lines.push(`line ${row}: ${message}`);
    errors.set(path, lines);
  }
  return errors;
}

/** The failed tests in turbo's output (vitest's `FAIL  test/x.test.ts > a test`), by repo file. */
export function failedTests(output: string, dirs: Map<string, string>): Map<string, string[]> {
  const failed = new Map<string, string[]>();
  for (const line of stripAnsi(output).split('\n')) {
    // vitest names the project first when a package has several (`FAIL   through prism  test/x.test.ts`).
    const match = /^(\S+?):test: +FAIL +(?:.+? +)?(\S+\.test\.[cm]?[jt]s) (?:> (.*)|\[.*\])$/.exec(
      line.trim(),
    );
    if (!match) continue;
    const [, pkg, file, named] = match as unknown as [string, string, string, string | undefined];
    const test = named ?? '(the file failed to run)';
    const path = `${dirs.get(pkg) ?? pkg}/${file}`;
    const tests = failed.get(path) ?? [];
    if (!tests.includes(test)) tests.push(test);
    failed.set(path, tests);
  }
  return failed;
}

/**
 * What the failed tests say to edit, by package: our checks' messages (completeness, the drill) name the
 * operation or field and the file, and vitest prints them as the received side of a diff (`+   "…",`).
 * Each message once, those that name a file in the repo.
 */
export function namedEdits(output: string): Map<string, string[]> {
  const said = new Map<string, string[]>();
  for (const line of stripAnsi(output).split('\n')) {
    const match = /^(\S+?):test: +\+\s+"(.+)",?$/.exec(line.trim());
    if (!match) continue;
    const [, pkg, message] = match as unknown as [string, string, string];
    if (!/\b(packages|spec|scripts|tests)\/[\w./-]+/.test(message)) continue;
    const text = message.replaceAll('\\"', '"');
    const messages = said.get(pkg) ?? [];
    if (!messages.includes(text)) messages.push(text);
    said.set(pkg, messages);
  }
  return said;
}

/** The tasks turbo reports as failed (`Failed:    @civis-ts/cli#typecheck`). */
export function failedTasks(output: string): string[] {
  return stripAnsi(output)
    .split('\n')
    .flatMap((line) => /^\s*Failed:\s+(\S+#.*?)\s*$/.exec(line)?.[1]?.split(/,\s*/) ?? []);
}

/** The report: empty of failures when every step passed. */
export function regenReport(steps: StepResult[], dirs: Map<string, string>): { ok: boolean; text: string } {
  const lines: string[] = [];
  for (const step of steps) {
    if (step.ok) {
      lines.push(`  ✓ ${step.name}`);
      continue;
    }
    lines.push(`  ✗ ${step.name}`);
    const errors = typeErrors(step.output, dirs);
    for (const [file, messages] of errors) {
      lines.push(`      edit ${file}`);
      for (const message of messages.slice(0, 3)) lines.push(`        ${message}`);
      if (messages.length > 3) lines.push(`        … and ${messages.length - 3} more`);
    }
    for (const [file, tests] of failedTests(step.output, dirs)) {
      lines.push(`      failed ${file} (its message names what to edit)`);
      for (const test of tests.slice(0, 3)) lines.push(`        > ${test}`);
      if (tests.length > 3) lines.push(`        … and ${tests.length - 3} more`);
    }
    for (const [pkg, messages] of namedEdits(step.output)) {
      lines.push(`      ${pkg}'s checks say:`);
      for (const message of messages.slice(0, 8)) lines.push(`        - ${message}`);
      if (messages.length > 8) lines.push(`        … and ${messages.length - 8} more`);
    }
    const tasks = failedTasks(step.output);
    if (tasks.length > 0) lines.push(`      failed tasks: ${tasks.join(', ')}`);
    if (errors.size === 0 && tasks.length === 0 && step.hint) lines.push(`      ${step.hint}`);
  }
  const ok = steps.every((step) => step.ok);
  const summary = ok
    ? 'pnpm regen: everything regenerated, typechecked, built and tested. Next: `pnpm spec:diff`.'
    : 'pnpm regen: the spec change needs the edits below (nothing was built from code that does not typecheck):';
  return { ok, text: [summary, ...lines].join('\n') };
}
