// The progress line of a long listing: on stderr, rewritten in place, and only on a terminal, so that
// nothing of it ever reaches a pipe or a file.
import type { Page } from '@civis-ts/sdk';
import type { Io } from './io.js';
import type { Progress } from './output.js';

export function progressLine(stream: Io['stderr']): Progress {
  const on = stream.isTTY === true;
  let shown = false;
  return {
    update(page: Page<unknown>, seen: number) {
      if (!on) return;
      const of = page.totalPages === undefined ? '' : ` of ${page.totalPages}`;
      const total = page.totalEntries === undefined ? '' : ` of ${page.totalEntries}`;
      stream.write(`\r\x1b[2Kfetched page ${page.pageNum}${of}: ${seen}${total} items`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
