// One page of a list plus the four X-Pagination-* headers; a page past the end is an empty array.
// The sorted list is kept between requests until the store changes, so paging through a collection costs
// one sort, not one per page (50,000 sets at 50 a page: 1 sort instead of 1,000).
export interface PageQuery {
  limit: number;
  /** A BigInt beyond 2^53 - 1: the spec sets no maximum, and such a page is past any end. */
  page_num: number | bigint;
  order: string;
  order_dir: 'asc' | 'desc';
}

/** Something whose `revision` changes on every write (the store). */
export interface Versioned {
  readonly revision: number;
}

interface View {
  revision: number;
  items: readonly unknown[];
}

// Per store, the last few sorted lists by what was listed (collection, filters, order): a client pages
// through one or two at a time; the bound keeps hostile filter values from growing it.
const MAX_VIEWS = 16;
const views = new WeakMap<Versioned, Map<string, View>>();

function sortedView<T>(
  owner: Versioned,
  key: string,
  collect: () => readonly T[],
  compare: (a: T, b: T) => number,
): readonly T[] {
  let cache = views.get(owner);
  if (!cache) {
    cache = new Map();
    views.set(owner, cache);
  }
  const hit = cache.get(key);
  if (hit && hit.revision === owner.revision) return hit.items as readonly T[];
  const items = [...collect()].sort(compare);
  cache.delete(key);
  cache.set(key, { revision: owner.revision, items });
  if (cache.size > MAX_VIEWS) cache.delete(cache.keys().next().value as string);
  return items;
}

export function paginate<T>(
  owner: Versioned,
  /** What is listed, with its filters: `collect` gives the same items for the same key and revision. */
  what: string,
  collect: () => readonly T[],
  query: PageQuery,
  sortKey: (item: T, order: string) => string | number,
  tieBreak: (item: T) => number,
): { page: T[]; headers: Record<string, string> } {
  const direction = query.order_dir === 'asc' ? 1 : -1;
  const sorted = sortedView(owner, `${what}\n${query.order}\n${query.order_dir}`, collect, (a, b) => {
    const x = sortKey(a, query.order);
    const y = sortKey(b, query.order);
    const primary = x < y ? -1 : x > y ? 1 : 0;
    // Ties fall back to the id in the same direction, so pages never overlap or skip.
    return direction * (primary || tieBreak(a) - tieBreak(b));
  });
  const start = typeof query.page_num === 'bigint' ? Infinity : (query.page_num - 1) * query.limit;
  return {
    page: sorted.slice(start, start + query.limit),
    headers: {
      'X-Pagination-Current-Page': String(query.page_num),
      'X-Pagination-Per-Page': String(query.limit),
      'X-Pagination-Total-Pages': String(Math.ceil(sorted.length / query.limit)),
      'X-Pagination-Total-Entries': String(sorted.length),
    },
  };
}
