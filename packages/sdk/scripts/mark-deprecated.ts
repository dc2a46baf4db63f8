// The build's last step (after tsup): marks `@deprecated` in the built declarations (dist/*.d.ts and
// *.d.cts) on every SDK method that calls an operation the spec deprecates, with the spec's words, so an
// editor strikes the call through and TypeScript reports it (6385). Which method calls which operation is
// read from the sources (@civis-ts/spec/sdk-methods), whether an operation is deprecated from the spec's
// table: nothing is marked by hand. Only declarations change: the JavaScript, and so the bundle, does not.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationRow } from '@civis-ts/spec';
import { type SdkMember, sdkMembers, sdkProgram } from '@civis-ts/spec/sdk-methods';
import ts from 'typescript';

/** `Class.method` → the lines of its `@deprecated` tag, for each method that calls a deprecated operation. */
export function deprecations(
  members: SdkMember[],
  operations: readonly OperationRow[],
): Map<string, string[]> {
  const marks = new Map<string, string[]>();
  for (const operation of operations.filter((op) => op.deprecated)) {
    const call = `${operation.method} ${operation.path}`;
    const reason = [
      `${operation.operationId} (${call}) is deprecated in the Civis API.`,
      ...(operation.description?.split('\n') ?? []),
    ].map((line) => line.replaceAll('*/', '*\\/').trimEnd());
    for (const member of members.filter((m) => m.kind === 'method' && m.calls.includes(call))) {
      const key = `${member.className}.${member.name}`;
      marks.set(key, [...(marks.get(key) ?? []), ...reason]);
    }
  }
  return marks;
}

/** `declarations` (a .d.ts) with each method of `marks` documented `@deprecated` (merged into its doc comment). */
export function markDeprecated(declarations: string, marks: Map<string, string[]>): string {
  const file = ts.createSourceFile('index.d.ts', declarations, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of file.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    for (const member of statement.members) {
      if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
      const reason = marks.get(`${statement.name.text}.${member.name.text}`);
      if (!reason) continue;
      const start = member.getStart(file);
      const indent = /[ \t]*$/.exec(declarations.slice(0, start))?.[0] ?? '';
      const doc = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc).at(-1);
      const said = doc
        ? declarations
            .slice(doc.pos + 3, doc.end - 2)
            .split('\n')
            .map((line) => line.replace(/^\s*\*? ?/, '').trimEnd())
        : [];
      if (said.some((line) => line.startsWith('@deprecated'))) continue;
      while (said.length > 0 && said[0] === '') said.shift();
      while (said.length > 0 && said.at(-1) === '') said.pop();
      const lines = [...said, `@deprecated ${reason[0]}`, ...reason.slice(1)];
      const text = `/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */`;
      edits.push(
        doc ? { start: doc.pos, end: doc.end, text } : { start, end: start, text: `${text}\n${indent}` },
      );
    }
  }
  let out = declarations;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/**
 * Marks the declarations in `<sdkRoot>/dist` from `operations` and the SDK's members (scanned from its
 * sources unless given); the files it changed.
 */
export function markDist(
  sdkRoot: string,
  operations: readonly OperationRow[],
  members: SdkMember[] = sdkMembers(sdkProgram(sdkRoot), sdkRoot),
): string[] {
  const marks = deprecations(members, operations);
  const changed: string[] = [];
  const dist = join(sdkRoot, 'dist');
  for (const name of readdirSync(dist).filter((f) => /\.d\.c?ts$/.test(f))) {
    const before = readFileSync(join(dist, name), 'utf8');
    const after = markDeprecated(before, marks);
    if (after === before) continue;
    writeFileSync(join(dist, name), after);
    changed.push(name);
  }
  return changed;
}

/**
 * What TypeScript's language service (an editor, `tsc --build`'s suggestions) reports as deprecated in
 * `code`, a user's file at `<sdkRoot>/user.ts` that imports `./dist/index.js`: `line:column text` of
 * each use (diagnostic 6385, or 6387 where TypeScript names the deprecated signature, as it does for
 * `const civis = new Civis(…); civis.permissionSets.get(1)`), read against the built declarations on disk.
 */
export function deprecatedUses(sdkRoot: string, code: string): string[] {
  const user = join(sdkRoot, 'user.ts');
  const read = (file: string) => (file === user ? code : ts.sys.readFile(file));
  const service = ts.createLanguageService({
    getCompilationSettings: () => ({
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      // Neither the standard library nor @types/node: a deprecation is read from the SDK's declarations
      // alone, and the libraries are most of the program's parse.
      noLib: true,
      types: [],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    }),
    getScriptFileNames: () => [user],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = read(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => sdkRoot,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === user || ts.sys.fileExists(file),
    readFile: read,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  const source = service.getProgram()?.getSourceFile(user);
  return service
    .getSuggestionDiagnostics(user)
    .filter((d) => d.code === 6385 || d.code === 6387)
    .map((d) => {
      const { line, character } = ts.getLineAndCharacterOfPosition(d.file, d.start);
      return `${line + 1}:${character + 1} ${source?.text.slice(d.start, d.start + d.length)}`;
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { OPERATIONS } = await import('@civis-ts/spec/operations');
  const changed = markDist(fileURLToPath(new URL('..', import.meta.url)), OPERATIONS);
  if (changed.length > 0) console.log(`@deprecated marked in ${changed.join(', ')}`);
}
