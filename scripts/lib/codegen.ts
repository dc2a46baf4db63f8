// Renders every generated artifact from spec/ in memory, so that `generate` writes them and
// `check-generated` compares them with what is on disk, from one definition.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, createConfig } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { renderCliCommands } from './cli-commands.ts';
import { MOCK_VALIDATORS, renderMockValidators } from './mock-validators.ts';
import { renderQueryTypes, renderRules } from './sdk-inputs.ts';
import { renderFacts, renderOperations, SPEC_FACTS, SPEC_OPERATIONS } from './spec-table.ts';

export { MOCK_VALIDATORS, SPEC_FACTS, SPEC_OPERATIONS };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The spec's entry file, relative to a repo root. */
export const SPEC_ENTRY = 'spec/openapi.yaml';
export const SPEC = join(ROOT, SPEC_ENTRY);
/** The SDK's input rules and query types, from the spec (see scripts/lib/sdk-inputs.ts). */
export const SDK_RULES = 'packages/sdk/src/generated/rules.ts';
export const SDK_QUERIES = 'packages/sdk/src/generated/queries.ts';
/** The command table of the CLI (see scripts/lib/cli-commands.ts). */
export const CLI_COMMANDS = 'packages/cli/src/generated/commands.ts';

/** The do-not-edit header of a generated source file, naming what renders it. */
export const header = (by: string) => `/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (${by}).
 * Change the spec and run \`pnpm generate\`; \`pnpm check:generated\` fails when this file drifts.
 */
`;

/** The bundled spec as a plain object: every external $ref inlined, internal ones kept. */
export async function bundleSpec(specPath = SPEC): Promise<Record<string, unknown>> {
  const config = await createConfig({});
  const { bundle: doc, problems } = await bundle({ ref: specPath, config });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`spec bundle failed:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return doc.parsed as Record<string, unknown>;
}

/** Map of repo-relative path to file content, for every artifact generated from the spec. */
export async function renderArtifacts(specPath = SPEC): Promise<Map<string, string>> {
  const spec = await bundleSpec(specPath);
  const ast = await openapiTS(spec as never, {
    alphabetize: false,
    immutable: false,
    rootTypes: false,
    exportType: false,
  });
  const schemaTs = `${header('openapi-typescript')}\n${astToString(ast)}`;
  const files = new Map<string, string>();
  files.set(SPEC_OPERATIONS, renderOperations(spec, header('scripts/lib/spec-table.ts')));
  files.set(SPEC_FACTS, renderFacts(spec, header('scripts/lib/spec-table.ts')));
  files.set('packages/client/src/generated/schema.ts', schemaTs);
  files.set('packages/client/openapi.json', `${JSON.stringify(spec, null, 2)}\n`);
  files.set(SDK_RULES, renderRules(spec, header('scripts/lib/sdk-inputs.ts')));
  files.set(SDK_QUERIES, renderQueryTypes(spec, header('scripts/lib/sdk-inputs.ts')));
  files.set(CLI_COMMANDS, renderCliCommands(spec, header('scripts/lib/cli-commands.ts')));
  files.set(MOCK_VALIDATORS, renderMockValidators(spec, header('scripts/lib/mock-validators.ts')));
  return files;
}

export function readRepoFile(rel: string, root = ROOT): string | undefined {
  try {
    return readFileSync(join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The generated files under `root` that differ from (or are missing next to) what `root`'s spec
 * generates now. A parameter rather than always ROOT so the check can be tested on a tampered copy.
 */
export async function staleArtifacts(root = ROOT): Promise<string[]> {
  const files = await renderArtifacts(join(root, SPEC_ENTRY));
  return [...files].filter(([rel, content]) => readRepoFile(rel, root) !== content).map(([rel]) => rel);
}

/** What `pnpm check:generated` prints, and whether it passes (the script exits 1 when it does not). */
export async function driftReport(root = ROOT): Promise<{ ok: boolean; text: string }> {
  const stale = await staleArtifacts(root);
  if (stale.length === 0) return { ok: true, text: 'generated code is up to date with spec/' };
  return {
    ok: false,
    text: [
      'Generated code is stale (it no longer matches spec/):',
      ...stale.map((f) => `  - ${f}`),
      'Run `pnpm generate` and commit the result. Never edit src/generated/ by hand.',
    ].join('\n'),
  };
}
