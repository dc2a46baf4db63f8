// The targets the benchmarks are measured against, each stated here once. bench/README.md's table is
// rendered from this list and checked against it (scripts/test/readme.test.ts); the suites read their
// limits from here (the size budget that fails `pnpm test`, the CLI's verdicts).

export interface Target {
  /** What is measured, as the table says it. */
  measure: string;
  /** `most`: the result must not exceed `limit`; `least`: it must reach it. */
  at: 'most' | 'least';
  limit: number;
  unit: '×' | 'MB' | 'ms' | 'B';
  /** The issue that set it. */
  issue: number;
  /** The `pnpm bench --only=` suite that measures it. */
  suite: string;
}

export const TARGETS = {
  getOverhead: {
    measure: '`get(id)`, per request, vs `fetch` with a timeout, server in its own process',
    at: 'most',
    limit: 1.02,
    unit: '×',
    issue: 23,
    suite: 'overhead',
  },
  getOverheadInProcess: {
    measure: '`get(id)`, per request, vs `fetch` with a timeout, server in the same process',
    at: 'most',
    limit: 1.05,
    unit: '×',
    issue: 23,
    suite: 'overhead',
  },
  listOverhead: {
    measure: 'one-page `list`, per request, vs `fetch` with a timeout',
    at: 'most',
    limit: 1.1,
    unit: '×',
    issue: 7,
    suite: 'overhead',
  },
  listingSpeedup: {
    measure: '2,000 items, 40 pages, 20 ms latency, concurrency 4, vs the civis-python loop',
    at: 'least',
    limit: 3.55,
    unit: '×',
    issue: 23,
    suite: 'listing',
  },
  heap: {
    measure: 'heap growth while iterating 200,000 items',
    at: 'most',
    limit: 20,
    unit: 'MB',
    issue: 7,
    suite: 'memory',
  },
  bundle: {
    measure: 'the SDK (`Civis`) in a browser bundle, min+gzip',
    at: 'most',
    limit: 6_656,
    unit: 'B',
    issue: 23,
    suite: 'size',
  },
  cliListing: {
    measure: "`civis-ts permission-sets list --all --ndjson`, 50,000 sets, vs the SDK's own listing",
    at: 'most',
    limit: 1.5,
    unit: '×',
    issue: 16,
    suite: 'cli',
  },
  cliRss: {
    measure: 'peak RSS of that listing',
    at: 'most',
    limit: 100,
    unit: 'MB',
    issue: 16,
    suite: 'cli',
  },
  cliHelp: {
    measure: '`civis-ts --help`, the whole process',
    at: 'most',
    limit: 300,
    unit: 'ms',
    issue: 16,
    suite: 'cli',
  },
} as const satisfies Record<string, Target>;

/** `≤ 1.1×`, `≥ 3.5×`, `≤ 7,168 B`. */
export function limitText(target: Target): string {
  const value = target.limit.toLocaleString('en');
  return `${target.at === 'most' ? '≤' : '≥'} ${value}${target.unit === '×' ? '×' : ` ${target.unit}`}`;
}

/** Whether a result meets the target. */
export function meets(target: Target, value: number): boolean {
  return target.at === 'most' ? value <= target.limit : value >= target.limit;
}

/** The markdown table of bench/README.md. */
export function targetsTable(): string {
  const rows = Object.values(TARGETS).map(
    (t: Target) => `| ${t.measure} | ${limitText(t)} | ${t.issue} | \`${t.suite}\` |`,
  );
  return ['| measure | target | issue | suite |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
