// The drill's typechecker: a long-lived child process that typechecks one copy of the repo per request
// (a line of JSON on stdin: `{"dir": "/tmp/civis-drill-…"}`; answer: a line of JSON with tsc's errors
// and the SDK's members as @civis-ts/spec/sdk-methods reads them from the same program).
// What makes it worth a process of its own: every file outside the copy (TypeScript's libs, @types/node,
// yaml, openapi-fetch: nine tenths of the lines) is parsed and bound once and reused for every row,
// which is most of a cold `tsc`'s time. The copy's own files are read fresh each time.
import { createInterface } from 'node:readline';
import { sdkMembers } from '@civis-ts/spec/sdk-methods';
import ts from 'typescript';

const shared = new Map<string, ts.SourceFile>();

/** tsc's errors over the copy, and the SDK's members (which operations each method calls) from the same program. */
function typecheck(dir: string) {
  const configPath = `${dir}/tsconfig.json`;
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`no ${configPath}`);
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) => {
    if (file.startsWith(dir)) return read(file, language, onError, create);
    let source = shared.get(file);
    if (!source) {
      source = read(file, language, onError, create);
      if (source) shared.set(file, source);
    }
    return source;
  };
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file || diagnostic.start === undefined) return `error TS${diagnostic.code}: ${message}`;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const file = diagnostic.file.fileName.startsWith(`${dir}/`)
      ? diagnostic.file.fileName.slice(dir.length + 1)
      : diagnostic.file.fileName;
    return `${file}(${line + 1},${character + 1}): error TS${diagnostic.code}: ${message}`;
  });
  return { errors, members: sdkMembers(program, `${dir}/packages/sdk`) };
}

for await (const line of createInterface({ input: process.stdin })) {
  const { dir } = JSON.parse(line) as { dir: string };
  try {
    process.stdout.write(`${JSON.stringify(typecheck(dir))}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ failure: String(error) })}\n`);
  }
}
