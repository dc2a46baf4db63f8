// civis-python's iterator, in plain fetch: ask page after page, one at a time, until one comes back empty.
// It ignores the pagination headers, so it always pays for one extra (empty) page.
export async function* pageUntilEmpty<T>(
  baseUrl: string,
  authorization: string,
  limit = 50,
  fetchImpl: typeof fetch = fetch,
): AsyncGenerator<T> {
  for (let page = 1; ; page++) {
    const response = await fetchImpl(`${baseUrl}/permission_sets?limit=${limit}&page_num=${page}`, {
      headers: { Authorization: authorization },
    });
    if (!response.ok) throw new Error(`GET /permission_sets page ${page}: HTTP ${response.status}`);
    const items = (await response.json()) as T[];
    if (items.length === 0) return;
    yield* items;
  }
}
