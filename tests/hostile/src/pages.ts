// A paginated list served from an array the test may change between pages, with pagination headers
// that can tell the truth or lie.
import type { SeenRequest } from './hostile-server.js';
import { json, type Reply } from './replies.js';

export interface PagedList<T> {
  items: T[];
  /** Overrides X-Pagination-Total-Pages (a lie); `null` leaves the header out. */
  totalPagesHeader?: number | string | null;
  /** Called before each page is cut, with the page number: the place to insert or delete items. */
  beforePage?: (pageNum: number) => void;
}

export function pageNumOf(request: SeenRequest): number {
  return Number(new URL(request.url, 'http://x').searchParams.get('page_num') ?? 1);
}

export function servePages<T>(list: PagedList<T>): Reply {
  return (response, request) => {
    const query = new URL(request.url, 'http://x').searchParams;
    const pageNum = Number(query.get('page_num') ?? 1);
    const perPage = Number(query.get('limit') ?? 50);
    list.beforePage?.(pageNum);
    const items = list.items.slice((pageNum - 1) * perPage, pageNum * perPage);
    const truth = Math.ceil(list.items.length / perPage);
    const total = list.totalPagesHeader === undefined ? truth : list.totalPagesHeader;
    const headers: Record<string, string> = {
      'X-Pagination-Current-Page': String(pageNum),
      'X-Pagination-Per-Page': String(perPage),
      'X-Pagination-Total-Entries': String(list.items.length),
    };
    if (total !== null) headers['X-Pagination-Total-Pages'] = String(total);
    return json(200, items, headers)(response, request);
  };
}
