// Nothing a terminal would obey reaches it. A property test feeds every human-facing output (table
// cells, headers and records, the plan, the apply steps, the error line and --debug) strings built from
// every C0 and C1 control, DEL, every bidi control and lone surrogates, and checks the text with a
// checker of its own (not terminal.ts's pattern); then the built CLI shows a hostile set on a real
// pseudo-terminal, and a hostile errorDescription on stderr.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERMISSION_SET_PAGE_LIMIT } from '@civis-ts/spec/facts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObjectPlan, Plan } from '../src/acl/plan.js';
import { leftAsIs, notMadeText, renderPlan, stepText, targetName } from '../src/acl/render.js';
import { CliError, report, UsageError } from '../src/errors.js';
import { header, layout, record, rows } from '../src/table.js';
import { fit, quote } from '../src/terminal.js';
import { API_KEY, BIN, civisTs, useMock } from './helpers.js';

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)); // DEL and C1
const BIDI = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e'].concat([
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
]);
const LONE = ['\ud800', '\udbff', '\udc00', '\udfff'];
const HOSTILE = [...C0, ...C1, ...BIDI, ...LONE];

/** The first raw control in `text` (a line break too, unless `lines`), or undefined: written apart from terminal.ts. */
function rawControl(text: string, lines: boolean): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `lone U+${code.toString(16)} at ${i}`;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `lone U+${code.toString(16)} at ${i}`;
    if (code === 0x0a && lines) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI.includes(text[i] as string))
      return `U+${code.toString(16).padStart(4, '0')} at ${i}`;
  }
  return undefined;
}

/** Strings of hostile characters mixed with letters, emoji and accents. */
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('a', 'Z', ' ', '\\', '"', 'é', 'e\u0301', '👍🏽', '漢', '[', ']'),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  ),
  maxLength: 40,
});

function planOf(name: string, resource: string, description: string): Plan {
  const set: ObjectPlan = {
    set: name,
    setId: 7,
    exists: true,
    wanted: { name, description },
    ownerId: 3,
    changes: [
      { action: 'update', field: 'name', from: description, to: name, reason: 'the name differs' },
      { action: 'update', field: 'description', from: name, to: description, reason: 'x' },
      { action: 'grant', kind: 'user', id: 4, level: 'write', from: 'read', reason: 'holds read now' },
      { action: 'revoke', kind: 'group', id: 2, reason: 'holds read; not in the file' },
    ],
    notes: [],
  };
  const child: ObjectPlan = {
    set: name,
    resource,
    exists: false,
    wanted: { name: resource },
    changes: [{ action: 'create', reason: 'its permission set is new' }],
    notes: [],
  };
  return {
    objects: [set, child],
    count: { create: 1, update: 2, grant: 1, revoke: 1 },
    unverifiedGroups: [],
    untouched: [{ id: 9, name: description, archived: false }],
  };
}

describe('every human-facing output, fed every control and bidi character', () => {
  it('table cells, headers and records', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.integer({ min: 1, max: 60 }), (key, value, width) => {
        const items = [{ [key]: value, name: value, nested: { x: value } }];
        const shape = layout(items, width);
        for (const text of [header(shape), rows(shape, items), record(items[0] as Record<string, unknown>)])
          expect(rawControl(text, true), JSON.stringify(text)).toBeUndefined();
        // A cut never falls inside an escape of ours (a nested object's cell is JSON, with its own).
        const flat = [{ [key]: value, name: value }];
        expect(rows(layout(flat, width), flat)).not.toMatch(/\\x[0-9A-F]?…|\\u[0-9A-F]{0,3}…/);
      }),
    );
  });

  it('fit cuts between graphemes and whole escapes, to the width asked', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 30 }), (text, width) => {
        const out = fit(text, width);
        expect(rawControl(out, false)).toBeUndefined();
        // Escapes are ASCII; every other grapheme counts one column (a mark after an escape joins it).
        const columns = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(out)].length;
        expect(columns).toBeLessThanOrEqual(width);
      }),
    );
    expect(fit('ab\u001bcd', 4)).toBe('ab… ');
    expect(fit('ab\u001bcd', 6)).toBe('ab…   ');
    expect(fit('ab\u001bcd', 7)).toBe('ab\\x1B…');
    expect(fit('ab\u001bcd', 8)).toBe('ab\\x1Bcd');
    expect(fit('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
    // Wide graphemes (CJK, emoji) take two columns.
    expect(fit('漢字ab', 4)).toBe('漢… ');
    expect(fit('👍🏽x', 3)).toBe('👍🏽x');
    // The plain path (Latin text, no segmenter) cuts the same way.
    expect(fit('données — €5', 4)).toBe('don…');
    expect(fit('données — €5', 13)).toBe('données — €5 ');
  });

  it('the plan, its left-as-is lines, the apply steps and the names in them', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, resource, description) => {
        const plan = planOf(name, resource, description);
        for (const text of [renderPlan(plan), leftAsIs(plan)])
          expect(rawControl(text, true), JSON.stringify(text)).toBeUndefined();
        const [set, child] = plan.objects as [ObjectPlan, ObjectPlan];
        const lines = [
          targetName(child),
          quote(name),
          ...set.changes.map((c) => notMadeText(c, set)),
          stepText({ action: 'grant', kind: 'user', ids: [1, 2], level: 'read' }),
        ];
        for (const line of lines) expect(rawControl(line, false), JSON.stringify(line)).toBeUndefined();
      }),
    );
  });

  it('the error line and --debug, for any error the service or a file words', () => {
    fc.assert(
      fc.property(hostile, hostile, (message, name) => {
        const service = Object.assign(new Error(message), { name, status: 403 });
        service.cause = new Error(message);
        const errors = [service, new CliError(`${message}\n  ${name}`), new UsageError(message), message];
        for (const error of errors) {
          expect(rawControl(report(error, false), true)).toBeUndefined();
          expect(rawControl(report(error, true), true)).toBeUndefined();
        }
        // One line stays one line.
        expect(report(service, false)).not.toContain('\n');
      }),
    );
  });
});

const context = useMock({ validate: false });
const NAME =
  'Evil \u001b[2J\u001b]52;c;cGF3bmVk\u0007 \u009b31m \u009d8;;http://x\u009c \u202eop\u202c \u2066x\u2069';

/** Runs the CLI on a pseudo-terminal (util-linux `script`); everything the terminal was sent. */
function onTerminal(args: string[]): Promise<{ code: number | null; screen: string }> {
  const quoteArg = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, BIN, ...args].map(quoteArg).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: {
      PATH: process.env.PATH ?? '',
      TERM: 'xterm',
      COLUMNS: '60',
      CIVIS_API_KEY: API_KEY,
      CIVIS_API_ENDPOINT: context.mock.url,
    },
    stdio: 'pipe',
  });
  let screen = '';
  child.stdout.on('data', (chunk) => {
    screen += chunk;
  });
  child.stdin.end();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}

/** What the terminal was sent, less the line ends a pty writes (`\r\n`) and the progress line's own. */
const ours = (screen: string) => screen.replaceAll('\r\n', '\n').replaceAll('\r\u001b[2K', '');

describe('the built CLI, on a real terminal and a real pipe', () => {
  it('list and get show a hostile name escaped, and JSON keeps it exact', async () => {
    const set = context.mock.state.createPermissionSet(NAME, `desc ${NAME}`);
    for (const args of [
      ['permission-sets', 'list', '--limit', String(PERMISSION_SET_PAGE_LIMIT)],
      ['permission-sets', 'get', String(set.id)],
    ]) {
      const { code, screen } = await onTerminal(args);
      expect(code, screen).toBe(0);
      expect(rawControl(ours(screen), true), JSON.stringify(screen)).toBeUndefined();
      expect(ours(screen)).toContain('Evil \\x1B[2J');
    }
    const json = await civisTs(['permission-sets', 'get', String(set.id), '--json'], { mock: context.mock });
    expect(JSON.parse(json.stdout).name).toBe(NAME);
  });

  it("a service's errorDescription is escaped on stderr, with --debug too", async () => {
    const body = JSON.stringify({ error: 'forbidden', errorDescription: `no ${NAME}`, code: 403 });
    for (const debug of [[], ['--debug']]) {
      context.mock.faults.inject({ status: 403, body, method: 'GET', path: '/permission_sets/1' });
      const run = await civisTs(['permission-sets', 'get', '1', ...debug], { mock: context.mock });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('no Evil \\x1B[2J');
      expect(rawControl(run.stderr, true), JSON.stringify(run.stderr)).toBeUndefined();
    }
  });

  it("plan, apply steps and the apply report show a hostile file's names escaped", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civis-cli-escape-'));
    try {
      const path = join(dir, 'hostile.yaml');
      // YAML's own escapes: ESC, CSI, OSC, RLO and an isolate in a set's and a resource's names.
      const evil = '\\e[2J \\u009b31m \\u009d8;;x\\u009c \\u202eop \\u2066';
      writeFileSync(
        path,
        `permissionSets:\n  - name: "Set ${evil}"\n    description: "d ${evil}"\n    resources:\n      - name: "r ${evil}"\n        shares: { users: { 4: write } }\n`,
      );
      const plan = await civisTs(['plan', path], { mock: context.mock });
      expect(plan.code, plan.stderr).toBe(2);
      expect(plan.stdout).toContain(
        'Permission set "Set \\x1B[2J \\x9B31m \\x9D8;;x\\x9C \\u202Eop \\u2066" (new)',
      );
      // The resource's grant fails: the report names everything, escaped.
      context.mock.faults.inject({ status: 403, method: 'PUT', path: /\/resources\/.+\/shares\/users$/ });
      const apply = await civisTs(['apply', path, '--yes'], { mock: context.mock });
      expect(apply.code).toBe(1);
      expect(apply.stdout).toContain('✓ created resource "r \\x1B[2J');
      expect(apply.stderr).toContain('✗ grant write to user 4 on resource "r \\x1B[2J');
      for (const text of [plan.stdout, apply.stdout, apply.stderr])
        expect(rawControl(text, true), JSON.stringify(text)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
