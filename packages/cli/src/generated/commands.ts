/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (scripts/lib/cli-commands.ts).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */

import type { CommandSpec } from '../command-spec.js';

/** Every command of the CLI, one per spec operation (the share grants and revokes take users and groups). */
export type CommandId =
  | "permission-sets list"
  | "permission-sets create"
  | "permission-sets get"
  | "permission-sets replace"
  | "permission-sets update"
  | "permission-sets archive"
  | "permission-sets dependencies"
  | "permission-sets transfer"
  | "permission-sets user-permissions"
  | "permission-sets shares list"
  | "permission-sets shares grant"
  | "permission-sets shares revoke"
  | "permission-sets resources list"
  | "permission-sets resources create"
  | "permission-sets resources get"
  | "permission-sets resources update"
  | "permission-sets resources delete"
  | "permission-sets resources shares list"
  | "permission-sets resources shares grant"
  | "permission-sets resources shares revoke";

/** What each command's handler is given: its arguments by name, converted as the spec types them (args.ts). */
export interface CommandValues {
  "permission-sets list": {
    "archived"?: "true" | "false" | "all";
    "author"?: string;
    "limit"?: number;
    "page-num"?: number;
    "order"?: "updated_at" | "name" | "created_at";
    "order-dir"?: "asc" | "desc";
  };
  "permission-sets create": {
    "name": string;
    "description"?: string;
  };
  "permission-sets get": {
    "id": number;
  };
  "permission-sets replace": {
    "id": number;
    "name": string;
    "description"?: string;
  };
  "permission-sets update": {
    "id": number;
    "name"?: string;
    "description"?: string;
  };
  "permission-sets archive": {
    "id": number;
    "status": boolean;
  };
  "permission-sets dependencies": {
    "id": number;
    "user-id"?: number;
  };
  "permission-sets transfer": {
    "id": number;
    "user-id": number;
    "include-dependencies": boolean;
    "email-body"?: string;
    "send-email"?: boolean;
  };
  "permission-sets user-permissions": {
    "id": number;
    "user-id": number;
  };
  "permission-sets shares list": {
    "id": number;
  };
  "permission-sets shares grant": {
    "id": number;
    "users"?: number[];
    "level": "read" | "write" | "manage";
    "share-email-body"?: string;
    "send-shared-email"?: boolean;
    "groups"?: number[];
  };
  "permission-sets shares revoke": {
    "id": number;
    "users"?: number[];
    "groups"?: number[];
  };
  "permission-sets resources list": {
    "id": number;
    "limit"?: number;
    "page-num"?: number;
    "order"?: "name" | "id" | "updated_at" | "created_at";
    "order-dir"?: "asc" | "desc";
  };
  "permission-sets resources create": {
    "id": number;
    "name": string;
    "description"?: string;
  };
  "permission-sets resources get": {
    "id": number;
    "name": string;
  };
  "permission-sets resources update": {
    "id": number;
    "name": string;
    "description"?: string;
  };
  "permission-sets resources delete": {
    "id": number;
    "name": string;
  };
  "permission-sets resources shares list": {
    "id": number;
    "name": string;
  };
  "permission-sets resources shares grant": {
    "id": number;
    "name": string;
    "users"?: number[];
    "level": "read" | "write" | "manage";
    "share-email-body"?: string;
    "send-shared-email"?: boolean;
    "groups"?: number[];
  };
  "permission-sets resources shares revoke": {
    "id": number;
    "name": string;
    "users"?: number[];
    "groups"?: number[];
  };
}

/** How many operations the spec has; every one is run by exactly one command. */
export const OPERATION_COUNT = 24;

export const COMMANDS: readonly CommandSpec<CommandId>[] = [
  {
    "id": "permission-sets list",
    "operations": [
      "listPermissionSets"
    ],
    "method": "GET",
    "path": "/permission_sets",
    "summary": "List Permission Sets",
    "description": "A page of permission sets, newest change first by default.",
    "positionals": [],
    "options": [
      {
        "name": "archived",
        "field": "archived",
        "property": "archived",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "The archival status of the requested item(s): `false` (the default) for active items, `true` for archived ones, `all` for both.",
        "enum": [
          "true",
          "false",
          "all"
        ],
        "default": "false"
      },
      {
        "name": "author",
        "field": "author",
        "property": "author",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "If specified, return items from any of these authors. It accepts a comma-separated list of user IDs.",
        "pattern": "^[1-9][0-9]*(,[1-9][0-9]*)*$"
      },
      {
        "name": "limit",
        "field": "limit",
        "property": "limit",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "Number of results to return. Defaults to 20. Maximum allowed is 50.",
        "minimum": 1,
        "maximum": 50,
        "default": 20
      },
      {
        "name": "page-num",
        "field": "page_num",
        "property": "pageNum",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "Page number of the results to return. Defaults to the first page, 1. A page past the end is empty.",
        "minimum": 1,
        "default": 1
      },
      {
        "name": "order",
        "field": "order",
        "property": "order",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "The field on which to order the result set. Defaults to updated_at.",
        "enum": [
          "updated_at",
          "name",
          "created_at"
        ],
        "default": "updated_at"
      },
      {
        "name": "order-dir",
        "field": "order_dir",
        "property": "orderDir",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Direction in which to sort, either asc (ascending) or desc (descending), defaulting to desc.",
        "enum": [
          "asc",
          "desc"
        ],
        "default": "desc"
      }
    ],
    "paginated": true
  },
  {
    "id": "permission-sets create",
    "operations": [
      "createPermissionSet"
    ],
    "method": "POST",
    "path": "/permission_sets",
    "summary": "Create a Permission Set",
    "description": "Creates a permission set owned by the caller.",
    "positionals": [],
    "options": [
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "The name of this permission set.",
        "minLength": 1,
        "maxLength": 255
      },
      {
        "name": "description",
        "field": "description",
        "property": "description",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A description of this permission set.",
        "maxLength": 10000
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets get",
    "operations": [
      "getPermissionSet"
    ],
    "method": "GET",
    "path": "/permission_sets/{id}",
    "summary": "Get a Permission Set",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [],
    "paginated": false
  },
  {
    "id": "permission-sets replace",
    "operations": [
      "replacePermissionSet"
    ],
    "method": "PUT",
    "path": "/permission_sets/{id}",
    "summary": "Replace all attributes of this Permission Set",
    "description": "Attributes left out of the body are reset (`description` becomes null).",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "The name of this permission set.",
        "minLength": 1,
        "maxLength": 255
      },
      {
        "name": "description",
        "field": "description",
        "property": "description",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A description of this permission set.",
        "maxLength": 10000
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets update",
    "operations": [
      "updatePermissionSet"
    ],
    "method": "PATCH",
    "path": "/permission_sets/{id}",
    "summary": "Update some attributes of this Permission Set",
    "description": "Only the attributes present in the body change.",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "The name of this permission set.",
        "minLength": 1,
        "maxLength": 255
      },
      {
        "name": "description",
        "field": "description",
        "property": "description",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A description of this permission set.",
        "maxLength": 10000
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets archive",
    "operations": [
      "setPermissionSetArchived"
    ],
    "method": "PUT",
    "path": "/permission_sets/{id}/archive",
    "summary": "Update the archive status of this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "status",
        "field": "status",
        "property": "status",
        "in": "body",
        "type": "boolean",
        "required": true,
        "description": "The desired archived status of the object."
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets dependencies",
    "operations": [
      "listPermissionSetDependencies"
    ],
    "method": "GET",
    "path": "/permission_sets/{id}/dependencies",
    "summary": "List dependent objects for this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "user-id",
        "field": "user_id",
        "property": "userId",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "ID of the target user; `permissionLevel` in the answer is that user's level.",
        "minimum": 1
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets transfer",
    "operations": [
      "transferPermissionSet"
    ],
    "method": "PUT",
    "path": "/permission_sets/{id}/transfer",
    "summary": "Transfer ownership of this object to another user",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "user-id",
        "field": "userId",
        "property": "userId",
        "in": "body",
        "type": "integer",
        "required": true,
        "description": "ID of target user.",
        "minimum": 1
      },
      {
        "name": "include-dependencies",
        "field": "includeDependencies",
        "property": "includeDependencies",
        "in": "body",
        "type": "boolean",
        "required": true,
        "description": "Whether or not to give manage permissions on all dependencies."
      },
      {
        "name": "email-body",
        "field": "emailBody",
        "property": "emailBody",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Custom body text for e-mail sent on transfer."
      },
      {
        "name": "send-email",
        "field": "sendEmail",
        "property": "sendEmail",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": "Send email to the target user of the transfer?"
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets user-permissions",
    "operations": [
      "listPermissionSetUserPermissions"
    ],
    "method": "GET",
    "path": "/permission_sets/{id}/users/{user_id}/permissions",
    "summary": "Get all permissions for a user, in this permission set",
    "description": "One entry per resource of the permission set, derived from the shares the user has on the resource, directly or through a group.",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      },
      {
        "name": "user-id",
        "field": "user_id",
        "property": "userId",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for the user.",
        "minimum": 1
      }
    ],
    "options": [],
    "paginated": false
  },
  {
    "id": "permission-sets shares list",
    "operations": [
      "listPermissionSetShares"
    ],
    "method": "GET",
    "path": "/permission_sets/{id}/shares",
    "summary": "List users and groups permissioned on this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID of the resource that is shared (here, the permission set).",
        "minimum": 1
      }
    ],
    "options": [],
    "paginated": false
  },
  {
    "id": "permission-sets shares grant",
    "operations": [
      "sharePermissionSetWithUsers",
      "sharePermissionSetWithGroups"
    ],
    "summary": "Set the permissions users have on this object; Set the permissions groups has on this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID of the resource that is shared (here, the permission set).",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "users",
        "field": "userIds",
        "property": "userIds",
        "in": "body",
        "type": "integers",
        "required": false,
        "description": "An array of one or more user IDs.",
        "minimum": 1
      },
      {
        "name": "level",
        "field": "permissionLevel",
        "property": "permissionLevel",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "A share level; each level includes the ones before it.",
        "enum": [
          "read",
          "write",
          "manage"
        ]
      },
      {
        "name": "share-email-body",
        "field": "shareEmailBody",
        "property": "shareEmailBody",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Custom body text for e-mail sent on a share."
      },
      {
        "name": "send-shared-email",
        "field": "sendSharedEmail",
        "property": "sendSharedEmail",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": "Send email to the recipients of a share."
      },
      {
        "name": "groups",
        "field": "groupIds",
        "property": "groupIds",
        "in": "body",
        "type": "integers",
        "required": false,
        "description": "An array of one or more group IDs.",
        "minimum": 1
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets shares revoke",
    "operations": [
      "revokePermissionSetUserShare",
      "revokePermissionSetGroupShare"
    ],
    "summary": "Revoke the permissions a user has on this object; Revoke the permissions a group has on this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID of the resource that is shared (here, the permission set).",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "users",
        "field": "user_id",
        "property": "userId",
        "in": "query",
        "type": "integers",
        "required": false,
        "description": "The ID of the user.",
        "minimum": 1
      },
      {
        "name": "groups",
        "field": "group_id",
        "property": "groupId",
        "in": "query",
        "type": "integers",
        "required": false,
        "description": "The ID of the group.",
        "minimum": 1
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets resources list",
    "operations": [
      "listPermissionSetResources"
    ],
    "method": "GET",
    "path": "/permission_sets/{id}/resources",
    "summary": "List resources in a permission set",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "limit",
        "field": "limit",
        "property": "limit",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "Number of results to return. Defaults to 50. Maximum allowed is 1000.",
        "minimum": 1,
        "maximum": 1000,
        "default": 50
      },
      {
        "name": "page-num",
        "field": "page_num",
        "property": "pageNum",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "Page number of the results to return. Defaults to the first page, 1. A page past the end is empty.",
        "minimum": 1,
        "default": 1
      },
      {
        "name": "order",
        "field": "order",
        "property": "order",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "The field on which to order the result set. Defaults to name.",
        "enum": [
          "name",
          "id",
          "updated_at",
          "created_at"
        ],
        "default": "name"
      },
      {
        "name": "order-dir",
        "field": "order_dir",
        "property": "orderDir",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Direction in which to sort, either asc (ascending) or desc (descending), defaulting to asc.",
        "enum": [
          "asc",
          "desc"
        ],
        "default": "asc"
      }
    ],
    "paginated": true
  },
  {
    "id": "permission-sets resources create",
    "operations": [
      "createPermissionSetResource"
    ],
    "method": "POST",
    "path": "/permission_sets/{id}/resources",
    "summary": "Create a resource in a permission set",
    "description": "Resource names are unique within a permission set; a taken name answers 409.",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      }
    ],
    "options": [
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "The name of this resource, unique within the permission set.",
        "minLength": 1,
        "maxLength": 255
      },
      {
        "name": "description",
        "field": "description",
        "property": "description",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A description of this resource.",
        "maxLength": 10000
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets resources get",
    "operations": [
      "getPermissionSetResource"
    ],
    "method": "GET",
    "path": "/permission_sets/{id}/resources/{name}",
    "summary": "Get a resource in a permission set",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      },
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "path",
        "type": "string",
        "required": true,
        "description": "The name of this resource, percent-encoded as one path segment.",
        "minLength": 1,
        "maxLength": 255
      }
    ],
    "options": [],
    "paginated": false
  },
  {
    "id": "permission-sets resources update",
    "operations": [
      "updatePermissionSetResource"
    ],
    "method": "PATCH",
    "path": "/permission_sets/{id}/resources/{name}",
    "summary": "Update a resource in a permission set",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      },
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "path",
        "type": "string",
        "required": true,
        "description": "The name of this resource, percent-encoded as one path segment.",
        "minLength": 1,
        "maxLength": 255
      }
    ],
    "options": [
      {
        "name": "description",
        "field": "description",
        "property": "description",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A description of this resource.",
        "maxLength": 10000
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets resources delete",
    "operations": [
      "deletePermissionSetResource"
    ],
    "method": "DELETE",
    "path": "/permission_sets/{id}/resources/{name}",
    "summary": "Delete a resource in a permission set",
    "description": "Deletes the resource and every share on it.",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      },
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "path",
        "type": "string",
        "required": true,
        "description": "The name of this resource, percent-encoded as one path segment.",
        "minLength": 1,
        "maxLength": 255
      }
    ],
    "options": [],
    "paginated": false
  },
  {
    "id": "permission-sets resources shares list",
    "operations": [
      "listPermissionSetResourceShares"
    ],
    "method": "GET",
    "path": "/permission_sets/{id}/resources/{name}/shares",
    "summary": "List users and groups permissioned on this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      },
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "path",
        "type": "string",
        "required": true,
        "description": "The name of this resource, percent-encoded as one path segment.",
        "minLength": 1,
        "maxLength": 255
      }
    ],
    "options": [],
    "paginated": false
  },
  {
    "id": "permission-sets resources shares grant",
    "operations": [
      "sharePermissionSetResourceWithUsers",
      "sharePermissionSetResourceWithGroups"
    ],
    "summary": "Set the permissions users have on this object; Set the permissions groups has on this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      },
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "path",
        "type": "string",
        "required": true,
        "description": "The name of this resource, percent-encoded as one path segment.",
        "minLength": 1,
        "maxLength": 255
      }
    ],
    "options": [
      {
        "name": "users",
        "field": "userIds",
        "property": "userIds",
        "in": "body",
        "type": "integers",
        "required": false,
        "description": "An array of one or more user IDs.",
        "minimum": 1
      },
      {
        "name": "level",
        "field": "permissionLevel",
        "property": "permissionLevel",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "A share level; each level includes the ones before it.",
        "enum": [
          "read",
          "write",
          "manage"
        ]
      },
      {
        "name": "share-email-body",
        "field": "shareEmailBody",
        "property": "shareEmailBody",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Custom body text for e-mail sent on a share."
      },
      {
        "name": "send-shared-email",
        "field": "sendSharedEmail",
        "property": "sendSharedEmail",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": "Send email to the recipients of a share."
      },
      {
        "name": "groups",
        "field": "groupIds",
        "property": "groupIds",
        "in": "body",
        "type": "integers",
        "required": false,
        "description": "An array of one or more group IDs.",
        "minimum": 1
      }
    ],
    "paginated": false
  },
  {
    "id": "permission-sets resources shares revoke",
    "operations": [
      "revokePermissionSetResourceUserShare",
      "revokePermissionSetResourceGroupShare"
    ],
    "summary": "Revoke the permissions a user has on this object; Revoke the permissions a group has on this object",
    "positionals": [
      {
        "name": "id",
        "field": "id",
        "property": "id",
        "in": "path",
        "type": "integer",
        "required": true,
        "description": "The ID for this permission set.",
        "minimum": 1
      },
      {
        "name": "name",
        "field": "name",
        "property": "name",
        "in": "path",
        "type": "string",
        "required": true,
        "description": "The name of this resource, percent-encoded as one path segment.",
        "minLength": 1,
        "maxLength": 255
      }
    ],
    "options": [
      {
        "name": "users",
        "field": "user_id",
        "property": "userId",
        "in": "query",
        "type": "integers",
        "required": false,
        "description": "The ID of the user.",
        "minimum": 1
      },
      {
        "name": "groups",
        "field": "group_id",
        "property": "groupId",
        "in": "query",
        "type": "integers",
        "required": false,
        "description": "The ID of the group.",
        "minimum": 1
      }
    ],
    "paginated": false
  }
];
