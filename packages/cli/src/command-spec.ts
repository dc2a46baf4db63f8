// The shape of the generated command table (src/generated/commands.ts, from scripts/lib/cli-commands.ts).

export interface ArgumentSpec {
  /** The option (kebab-case, without `--`) or the positional's name. */
  name: string;
  /** The spec's name of the parameter or body field. */
  field: string;
  /** The SDK's name of it (camelCase by the spec's naming rule): what a table-driven handler passes on. */
  property: string;
  in: 'path' | 'query' | 'body';
  /** `integers`: a comma-separated list of ids. */
  type: 'integer' | 'string' | 'boolean' | 'integers';
  required: boolean;
  description?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
  /** The spec marks the parameter or field deprecated. */
  deprecated?: boolean;
}

export interface CommandSpec<Id extends string = string> {
  /** The command's words, e.g. `permission-sets shares grant`. */
  id: Id;
  /** The spec operations it runs. */
  operations: string[];
  /** The one operation's method and path (a command that runs one operation). */
  method?: string;
  path?: string;
  /** The operations it runs that the spec marks deprecated. */
  deprecated?: string[];
  /** The spec's summaries of those operations. */
  summary: string;
  description?: string;
  positionals: ArgumentSpec[];
  options: ArgumentSpec[];
  /** A paginated list: takes `--all`. */
  paginated: boolean;
}
