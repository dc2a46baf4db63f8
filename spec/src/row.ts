// The shape of a row of the operation table (src/generated/operations.ts): types only.

/** The JSON Schema keywords of an input that are checked before a request is sent (one interpreter). */
export interface Rule {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: Rule;
  readonly required?: readonly string[];
  readonly properties?: { readonly [name: string]: Rule };
}

export interface ParameterRow {
  /** The name on the wire, e.g. `page_num`. */
  wire: string;
  /** The TypeScript name, by the one naming rule (src/naming.ts), e.g. `pageNum`. */
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  rule: Rule;
  default?: unknown;
  deprecated?: boolean;
  description?: string;
}

/** A top-level field of a request body (camelCase on the wire, so its TypeScript name is the same). */
export interface FieldRow {
  name: string;
  required: boolean;
  rule: Rule;
  deprecated?: boolean;
  description?: string;
}

export interface BodyRow {
  /** The body's named schema, e.g. `PermissionSetCreate`. */
  schema: string;
  required: boolean;
  fields: FieldRow[];
}

export interface ResponseRow {
  /** The status as the spec writes it: `200`, `4XX`, `default`. */
  status: string;
  /** What the JSON body is; none when the response has no body. */
  shape?: 'object' | 'array';
  /** The named schema of the body (of its items, for an array), when it has one. */
  schema?: string;
}

export interface OperationRow {
  operationId: string;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'HEAD' | 'TRACE';
  /** The path template, e.g. `/permission_sets/{id}/resources/{name}`. */
  path: string;
  /** The operation's first tag. */
  tag: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  /** Path-level and operation parameters, merged (the walker's order). */
  parameters: ParameterRow[];
  body?: BodyRow;
  /** A list answered page by page (its 200 carries `X-Pagination-Total-Pages`). */
  paginated: boolean;
  responses: ResponseRow[];
}
