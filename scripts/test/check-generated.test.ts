// The drift check must fail for real: it is run here on tampered copies in temp dirs, never on the
// tracked files.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEVELS, PERMISSION_SET_PAGE_LIMIT as MAX } from '@civis-ts/spec/facts';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CLI_COMMANDS,
  driftReport,
  MOCK_VALIDATORS,
  ROOT,
  renderArtifacts,
  SDK_QUERIES,
  SDK_RULES,
  SPEC_ENTRY,
  SPEC_FACTS,
  SPEC_OPERATIONS,
  staleArtifacts,
} from '../lib/codegen.ts';

const SCHEMA = 'packages/client/src/generated/schema.ts';
const BUNDLE = 'packages/client/openapi.json';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A minimal checkout: the spec and the committed generated files. */
function copyOfRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civis-drift-'));
  temps.push(dir);
  cpSync(join(ROOT, 'spec'), join(dir, 'spec'), { recursive: true });
  for (const rel of [SCHEMA, BUNDLE, SDK_RULES, SDK_QUERIES, CLI_COMMANDS, MOCK_VALIDATORS])
    cpSync(join(ROOT, rel), join(dir, rel), { recursive: true });
  return dir;
}

function edit(dir: string, rel: string, change: (text: string) => string): void {
  const path = join(dir, rel);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(
    after,
    `this test's edit of ${rel} no longer applies: update it in scripts/test/check-generated.test.ts`,
  ).not.toBe(before);
  writeFileSync(path, after);
}

// The permission-set page size (the spec's, from its table) and a lower one the tests change it to.
const LOWER = MAX - 10;
// A documentation change: the permission-set page size is described as at most MAX + 10.
const raiseLimit = (spec: string) =>
  spec.replace(`Maximum allowed is ${MAX}.`, `Maximum allowed is ${MAX + 10}.`);
// A constraint change: the permission-set page size goes from at most MAX to at most LOWER.
const lowerMaximum = (spec: string) => {
  const changed = spec.replace(
    new RegExp(`(Maximum allowed is ${MAX}\\.\\n(?:.*\\n)*?\\s+maximum: )${MAX}\\n`),
    `$1${LOWER}\n`,
  );
  expect(changed.match(new RegExp(`maximum: ${LOWER}\\n`, 'g'))).toHaveLength(1);
  return changed;
};

describe('renderArtifacts', () => {
  it('renders the committed files from the committed spec', async () => {
    const files = await renderArtifacts();
    // Every generated file but the bundled spec (JSON, no comment) starts with the do-not-edit header.
    const withHeader = [
      SCHEMA,
      SDK_RULES,
      SDK_QUERIES,
      CLI_COMMANDS,
      SPEC_OPERATIONS,
      SPEC_FACTS,
      MOCK_VALIDATORS,
    ];
    expect([...files.keys()].sort()).toEqual([BUNDLE, ...withHeader].sort());
    for (const rel of withHeader) {
      expect(files.get(rel)).toMatch(/^\/\*\*\n \* DO NOT EDIT\./);
    }
    expect(files.get(CLI_COMMANDS)).toContain('"id": "permission-sets shares grant"');
    expect(files.get(SCHEMA)).toContain('listPermissionSets');
    expect(files.get(SDK_RULES)).toContain(`"limit":{"type":"integer","minimum":1,"maximum":${MAX}}`);
    expect(files.get(SDK_QUERIES)).toContain("pageNum?: Query<'listPermissionSets'>['page_num'];");
    expect(files.get(SPEC_FACTS)).toContain(`export const LEVELS = ${JSON.stringify(LEVELS)} as const;`);
    expect(files.get(SPEC_OPERATIONS)).toContain('"wire": "page_num",\n        "name": "pageNum",');
  });

  it('renders something else from a changed spec', async () => {
    const dir = copyOfRepo();
    edit(dir, SPEC_ENTRY, raiseLimit);
    const files = await renderArtifacts(join(dir, SPEC_ENTRY));
    expect(files.get(SCHEMA)).toContain(`Maximum allowed is ${MAX + 10}.`);
    expect(files.get(SCHEMA)).not.toBe(readFileSync(join(ROOT, SCHEMA), 'utf8'));
  });
});

describe('the SDK rules', () => {
  it('follow the spec: a lower maximum there is a lower maximum here, and nothing else moves', async () => {
    const dir = copyOfRepo();
    edit(dir, SPEC_ENTRY, lowerMaximum);
    const committed = readFileSync(join(ROOT, SDK_RULES), 'utf8');
    const rendered = (await renderArtifacts(join(dir, SPEC_ENTRY))).get(SDK_RULES);
    const limit = (text: string | undefined) =>
      text?.match(/^export const listPermissionSets = .*"limit":(\{[^}]*\})/m)?.[1];
    expect(limit(committed)).toBe(`{"type":"integer","minimum":1,"maximum":${MAX}}`);
    expect(limit(rendered)).toBe(`{"type":"integer","minimum":1,"maximum":${LOWER}}`);
    // The resources' page size is another parameter.
    expect(rendered?.replace(`"maximum":${LOWER}`, `"maximum":${MAX}`)).toBe(committed);
  });
});

describe('the mock validators', () => {
  it('follow the spec: a lower maximum there is a lower maximum in the compiled check, and nothing else moves', async () => {
    const dir = copyOfRepo();
    edit(dir, SPEC_ENTRY, lowerMaximum);
    const committed = readFileSync(join(ROOT, MOCK_VALIDATORS), 'utf8');
    const rendered = (await renderArtifacts(join(dir, SPEC_ENTRY))).get(MOCK_VALIDATORS) ?? '';
    const check = (text: string, limit: number) =>
      text.includes(`"maximum":${limit},`) &&
      text.includes(`if(data > ${limit} || isNaN(data)){`) &&
      text.includes(`message:"must be <= ${limit}"`);
    expect(check(committed, MAX)).toBe(true);
    expect(check(rendered, LOWER)).toBe(true);
    const back = rendered
      .replace(`"maximum":${LOWER},`, `"maximum":${MAX},`)
      .replace(`if(data > ${LOWER} `, `if(data > ${MAX} `)
      .replace(`limit: ${LOWER}}`, `limit: ${MAX}}`)
      .replace(`<= ${LOWER}"`, `<= ${MAX}"`);
    expect(back).toBe(committed);
  });
});

describe('staleArtifacts', () => {
  it('finds nothing stale in an untouched copy', async () => {
    expect(await staleArtifacts(copyOfRepo())).toEqual([]);
  });

  it('reports a hand edit of the generated types', async () => {
    const dir = copyOfRepo();
    edit(dir, SCHEMA, (text) => text.replace('"/permission_sets": {', '"/permission_set": {'));
    expect(await staleArtifacts(dir)).toEqual([SCHEMA]);
  });

  it('reports the types, the bundle and the CLI’s help when only the spec docs changed and nobody regenerated', async () => {
    const dir = copyOfRepo();
    edit(dir, SPEC_ENTRY, raiseLimit);
    // The SDK's query types carry the parameter's description as their doc comment, the CLI's help and
    // the table too.
    expect((await staleArtifacts(dir)).sort()).toEqual(
      [BUNDLE, SCHEMA, SDK_QUERIES, CLI_COMMANDS, SPEC_OPERATIONS].sort(),
    );
  });

  it('reports the constraints when a constraint changed and nobody regenerated', async () => {
    const dir = copyOfRepo();
    edit(dir, SPEC_ENTRY, lowerMaximum);
    // The types carry no bounds: only the bundle, the SDK's rules, the CLI's checks, the table, the
    // facts (the page limit) and the mock's validators change.
    expect((await staleArtifacts(dir)).sort()).toEqual(
      [BUNDLE, SDK_RULES, CLI_COMMANDS, SPEC_OPERATIONS, SPEC_FACTS, MOCK_VALIDATORS].sort(),
    );
  });

  it('reports a hand edit of the SDK rules', async () => {
    const dir = copyOfRepo();
    edit(dir, SDK_RULES, (text) => text.replace(`"maximum":${MAX}`, `"maximum":${MAX * 10}`));
    expect(await staleArtifacts(dir)).toEqual([SDK_RULES]);
  });

  it('reports a hand edit of the CLI’s command table', async () => {
    const dir = copyOfRepo();
    edit(dir, CLI_COMMANDS, (text) => text.replace('"name": "page-num"', '"name": "page"'));
    expect(await staleArtifacts(dir)).toEqual([CLI_COMMANDS]);
  });

  it('gives an operation the table does not name a command of its own, and drops one the spec lost', async () => {
    const dir = copyOfRepo();
    edit(dir, SPEC_ENTRY, (spec) =>
      spec.replace('operationId: getPermissionSet\n', 'operationId: fetchPermissionSet\n'),
    );
    // The CLI's handler table (Record<CommandId, …>) then stops compiling until it is brought in line.
    const commands = (await renderArtifacts(join(dir, SPEC_ENTRY))).get(CLI_COMMANDS);
    expect(commands).toContain('| "fetch-permission-set"');
    expect(commands).not.toContain('| "permission-sets get"');
  });

  it('reports a missing generated file', async () => {
    const dir = copyOfRepo();
    rmSync(join(dir, BUNDLE));
    expect(await staleArtifacts(dir)).toEqual([BUNDLE]);
  });
});

// In-process: a spawned `tsx scripts/check-generated.ts` loads Redocly and openapi-typescript cold, which
// took over 30 s on a busy 2-core machine. The script is a print of this report; `pnpm test` runs the
// real script on the real tree first (`check:generated`).
describe('driftReport (what check-generated.ts prints; it exits 1 when not ok)', () => {
  it('passes an untouched copy', async () => {
    expect(await driftReport(copyOfRepo())).toEqual({
      ok: true,
      text: 'generated code is up to date with spec/',
    });
  });

  it('fails and names the stale file and the fix when the spec drifted', async () => {
    const dir = copyOfRepo();
    edit(dir, SPEC_ENTRY, raiseLimit);
    const report = await driftReport(dir);
    expect(report.ok).toBe(false);
    expect(report.text).toContain(SCHEMA);
    expect(report.text).toContain('pnpm generate');
  });
});
