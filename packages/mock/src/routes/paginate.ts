// One page of a list plus the four X-Pagination-* headers; a page past the end is an empty array.
export interface PageQuery {
  limit: number;
  page_num: number;
  order: string;
  order_dir: 'asc' | 'desc';
}

export function paginate<T>(
  items: readonly T[],
  query: PageQuery,
  sortKey: (item: T, order: string) => string | number,
  tieBreak: (item: T) => number,
): { page: T[]; headers: Record<string, string> } {
  const direction = query.order_dir === 'asc' ? 1 : -1;
  const sorted = [...items].sort((a, b) => {
    const x = sortKey(a, query.order);
    const y = sortKey(b, query.order);
    const primary = x < y ? -1 : x > y ? 1 : 0;
    // Ties fall back to the id in the same direction, so pages never overlap or skip.
    return direction * (primary || tieBreak(a) - tieBreak(b));
  });
  const start = (query.page_num - 1) * query.limit;
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
