// Deterministic permission sets: item i (0-based) has id i + 1, so a client's output can be checked for order.
const AUTHOR = { id: 1027, name: 'Dana Whitfield', username: 'dwhitfield', initials: 'DW', online: true };

export function permissionSet(index: number) {
  const id = index + 1;
  return {
    id,
    name: `Permission set ${id}`,
    description: index % 7 === 0 ? null : `Read access to the regional tables, set number ${id}.`,
    author: AUTHOR,
    createdAt: '2026-03-02T14:05:11.000Z',
    updatedAt: '2026-10-19T09:41:37.000Z',
    archived: false,
  };
}
