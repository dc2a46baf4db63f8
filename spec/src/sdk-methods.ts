// Which spec operations each public SDK method calls, read from the SDK's sources with the TypeScript
// compiler instead of listed by hand. A method calls an operation where it (or a method of its own class
// that it calls, `archive` → `#archive`) calls `send(call, VERB, PATH, …)` or `paginate(call, PATH, …)`:
// the verb and path are the types the compiler inferred there, so a path built from constants or a typed
// template (the share helper's `${SharesPath}/${'users' | 'groups'}`) resolves to every operation it can
// reach. The SDK's build marks the methods of a deprecated operation `@deprecated` in its declarations
// from this, and the SDK's completeness check finds and calls each operation's method with it.
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface SdkParameter {
  name: string;
  /** A path parameter (a number or a string), the operation's query or body (an object), or the options. */
  kind: 'path' | 'input' | 'options';
}

export interface SdkMember {
  /** The class, e.g. `Resources` (`Civis` for the entry point). */
  className: string;
  name: string;
  /** A property (`civis.permissionSets`) or a method. */
  kind: 'property' | 'method';
  /** The file, relative to the SDK package, e.g. `src/resources/resources.ts`. */
  file: string;
  parameters: SdkParameter[];
  /** The operations it calls, each as `VERB /path/{template}`. */
  calls: string[];
  /** The resource class it answers, for an accessor (`shares(id)` → `Shares`). */
  returns?: string;
}

/** The SDK's entry points: everything a user reaches is imported from them. */
const ENTRIES = ['src/index.ts', 'src/sync.ts', 'src/debug.ts'];

/** A program over the SDK's sources (at `sdkRoot`, the package directory), with its tsconfig's options. */
export function sdkProgram(sdkRoot: string): ts.Program {
  const configPath = join(sdkRoot, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath));
  // Without the standard library and @types/node: what the scan reads (the verb and path types the
  // compiler infers at each call) comes from the client's types alone, and the DOM's and Node's
  // declarations are most of a program's parse (about 4 s against 20 s on a busy machine).
  return ts.createProgram({
    rootNames: ENTRIES.map((entry) => join(sdkRoot, entry)),
    options: { ...options, noLib: true, types: [], lib: undefined, noEmit: true },
  });
}

const literals = (type: ts.Type): string[] =>
  (type.isUnion() ? type.types : [type]).flatMap((t) => (t.isStringLiteral() ? [t.value] : []));

/** The public members of the entry point (`Civis`) and of every class in `src/resources/`, with what they call. */
export function sdkMembers(program: ts.Program, sdkRoot: string): SdkMember[] {
  const checker = program.getTypeChecker();
  const src = join(sdkRoot, 'src');
  const isResources = (file: string) => file.startsWith(join(src, 'resources/'));
  const files = program
    .getSourceFiles()
    .filter((file) => isResources(file.fileName) || file.fileName === join(src, 'core/civis.ts'));
  const classes = new Set(
    files.flatMap((file) =>
      file.statements.flatMap((s) => (ts.isClassDeclaration(s) && s.name ? [s.name.text] : [])),
    ),
  );

  /** `VERB /path` for a call of send or paginate (internal/send.ts); none for any other call. */
  function operationsOf(call: ts.CallExpression): string[] {
    if (!ts.isIdentifier(call.expression)) return [];
    let symbol = checker.getSymbolAtLocation(call.expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declared = symbol?.declarations?.[0]?.getSourceFile().fileName;
    if (!symbol || declared !== join(src, 'internal/send.ts')) return [];
    if (symbol.name !== 'send' && symbol.name !== 'paginate') return [];
    const parameters = checker.getResolvedSignature(call)?.getParameters() ?? [];
    const typeAt = (index: number) => {
      const parameter = parameters[index];
      return parameter ? literals(checker.getTypeOfSymbol(parameter)) : [];
    };
    const verbs = symbol.name === 'send' ? typeAt(1) : ['GET'];
    const paths = typeAt(symbol.name === 'send' ? 2 : 1);
    return verbs.flatMap((verb) => paths.map((path) => `${verb} ${path}`));
  }

  const members: SdkMember[] = [];
  for (const file of files) {
    for (const declaration of file.statements.filter(ts.isClassDeclaration)) {
      const className = declaration.name?.text;
      if (!className) continue;
      const methods = new Map(
        declaration.members.flatMap((m) =>
          ts.isMethodDeclaration(m) && m.name && !ts.isComputedPropertyName(m.name)
            ? [[m.name.text, m] as const]
            : [],
        ),
      );
      /** What a method calls, through the calls of this class's own methods (`this.#archive(…)`). */
      const callsOf = (method: ts.MethodDeclaration, seen: Set<ts.Node>): string[] => {
        if (seen.has(method)) return [];
        seen.add(method);
        const found: string[] = [];
        const visit = (node: ts.Node): void => {
          if (ts.isCallExpression(node)) {
            found.push(...operationsOf(node));
            const callee = node.expression;
            if (
              ts.isPropertyAccessExpression(callee) &&
              callee.expression.kind === ts.SyntaxKind.ThisKeyword
            ) {
              const own = methods.get(callee.name.text);
              if (own) found.push(...callsOf(own, seen));
            }
          }
          ts.forEachChild(node, visit);
        };
        if (method.body) visit(method.body);
        return found;
      };
      const classOf = (type: ts.Type) => {
        const name = type.getSymbol()?.name;
        return name && classes.has(name) ? name : undefined;
      };
      for (const member of declaration.members) {
        if (!member.name || !ts.isIdentifier(member.name)) continue; // #private and computed names
        const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        if (
          modifiers.some(
            (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
          )
        )
          continue;
        const base = { className, name: member.name.text, file: relative(sdkRoot, file.fileName) };
        if (ts.isPropertyDeclaration(member)) {
          const returns = classOf(checker.getTypeAtLocation(member));
          if (returns) members.push({ ...base, kind: 'property', parameters: [], calls: [], returns });
          continue;
        }
        if (!ts.isMethodDeclaration(member)) continue;
        const signature = checker.getSignatureFromDeclaration(member);
        const parameters = member.parameters.map((parameter): SdkParameter => {
          const name = parameter.name.getText(file);
          const type = checker.getTypeAtLocation(parameter);
          const primitive =
            checker.getNonNullableType(type).flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike);
          return { name, kind: name === 'options' ? 'options' : primitive ? 'path' : 'input' };
        });
        const returns = signature && classOf(checker.getReturnTypeOfSignature(signature));
        members.push({
          ...base,
          kind: 'method',
          parameters,
          calls: [...new Set(callsOf(member, new Set()))],
          ...(returns && { returns }),
        });
      }
    }
  }
  return members;
}
