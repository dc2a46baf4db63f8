// The ONE list of what the spec has and the SDK deliberately does not expose, each with the reason.
// The completeness check (test/completeness.test.ts) passes an operation, a query parameter or a
// request-body field listed here; anything else in the spec must be reachable through an SDK method.
//
// Keys: an operationId (the whole operation), or `<operationId> query <wire name>`, or
// `<operationId> body <field>`.
export const NOT_EXPOSED: Record<string, string> = {};
