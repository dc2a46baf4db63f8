/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (scripts/lib/spec-table.ts).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */

import type { OperationRow } from '../row.js';

/** Every operation of the spec, in document order. */
export const OPERATIONS: readonly OperationRow[] = [
  {
    "operationId": "listPermissionSets",
    "method": "GET",
    "path": "/permission_sets",
    "tag": "Permission Sets",
    "summary": "List Permission Sets",
    "deprecated": false,
    "parameters": [
      {
        "wire": "archived",
        "name": "archived",
        "in": "query",
        "required": false,
        "rule": {
          "type": "string",
          "enum": [
            "true",
            "false",
            "all"
          ]
        },
        "default": "false",
        "description": "The archival status of the requested item(s): `false` (the default) for active items, `true` for archived ones, `all` for both."
      },
      {
        "wire": "author",
        "name": "author",
        "in": "query",
        "required": false,
        "rule": {
          "type": "string",
          "pattern": "^[1-9][0-9]*(,[1-9][0-9]*)*$"
        },
        "description": "If specified, return items from any of these authors. It accepts a comma-separated list of user IDs."
      },
      {
        "wire": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "rule": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "default": 20,
        "description": "Number of results to return. Defaults to 20. Maximum allowed is 50."
      },
      {
        "wire": "page_num",
        "name": "pageNum",
        "in": "query",
        "required": false,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "default": 1,
        "description": "Page number of the results to return. Defaults to the first page, 1. A page past the end is empty."
      },
      {
        "wire": "order",
        "name": "order",
        "in": "query",
        "required": false,
        "rule": {
          "type": "string",
          "enum": [
            "updated_at",
            "name",
            "created_at"
          ]
        },
        "default": "updated_at",
        "description": "The field on which to order the result set. Defaults to updated_at."
      },
      {
        "wire": "order_dir",
        "name": "orderDir",
        "in": "query",
        "required": false,
        "rule": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ]
        },
        "default": "desc",
        "description": "Direction in which to sort, either asc (ascending) or desc (descending), defaulting to desc."
      }
    ],
    "paginated": true,
    "responses": [
      {
        "status": "200",
        "shape": "array",
        "schema": "PermissionSet"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "description": "A page of permission sets, newest change first by default."
  },
  {
    "operationId": "createPermissionSet",
    "method": "POST",
    "path": "/permission_sets",
    "tag": "Permission Sets",
    "summary": "Create a Permission Set",
    "deprecated": false,
    "parameters": [],
    "paginated": false,
    "responses": [
      {
        "status": "201",
        "shape": "object",
        "schema": "PermissionSet"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "description": "Creates a permission set owned by the caller.",
    "body": {
      "schema": "PermissionSetCreate",
      "required": true,
      "fields": [
        {
          "name": "name",
          "required": true,
          "rule": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": "The name of this permission set."
        },
        {
          "name": "description",
          "required": false,
          "rule": {
            "type": "string",
            "maxLength": 10000
          },
          "description": "A description of this permission set."
        }
      ]
    }
  },
  {
    "operationId": "getPermissionSet",
    "method": "GET",
    "path": "/permission_sets/{id}",
    "tag": "Permission Sets",
    "summary": "Get a Permission Set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "PermissionSet"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "replacePermissionSet",
    "method": "PUT",
    "path": "/permission_sets/{id}",
    "tag": "Permission Sets",
    "summary": "Replace all attributes of this Permission Set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "PermissionSet"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "description": "Attributes left out of the body are reset (`description` becomes null).",
    "body": {
      "schema": "PermissionSetReplace",
      "required": true,
      "fields": [
        {
          "name": "name",
          "required": true,
          "rule": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": "The name of this permission set."
        },
        {
          "name": "description",
          "required": false,
          "rule": {
            "type": "string",
            "maxLength": 10000
          },
          "description": "A description of this permission set."
        }
      ]
    }
  },
  {
    "operationId": "updatePermissionSet",
    "method": "PATCH",
    "path": "/permission_sets/{id}",
    "tag": "Permission Sets",
    "summary": "Update some attributes of this Permission Set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "PermissionSet"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "description": "Only the attributes present in the body change.",
    "body": {
      "schema": "PermissionSetUpdate",
      "required": true,
      "fields": [
        {
          "name": "name",
          "required": false,
          "rule": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": "The name of this permission set."
        },
        {
          "name": "description",
          "required": false,
          "rule": {
            "type": "string",
            "maxLength": 10000
          },
          "description": "A description of this permission set."
        }
      ]
    }
  },
  {
    "operationId": "setPermissionSetArchived",
    "method": "PUT",
    "path": "/permission_sets/{id}/archive",
    "tag": "Permission Sets",
    "summary": "Update the archive status of this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "PermissionSet"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "body": {
      "schema": "ArchiveRequest",
      "required": true,
      "fields": [
        {
          "name": "status",
          "required": true,
          "rule": {
            "type": "boolean"
          },
          "description": "The desired archived status of the object."
        }
      ]
    }
  },
  {
    "operationId": "listPermissionSetDependencies",
    "method": "GET",
    "path": "/permission_sets/{id}/dependencies",
    "tag": "Permission Sets",
    "summary": "List dependent objects for this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "user_id",
        "name": "userId",
        "in": "query",
        "required": false,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "ID of the target user; `permissionLevel` in the answer is that user's level."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "array",
        "schema": "Dependency"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "transferPermissionSet",
    "method": "PUT",
    "path": "/permission_sets/{id}/transfer",
    "tag": "Permission Sets",
    "summary": "Transfer ownership of this object to another user",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "TransferResult"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "body": {
      "schema": "TransferRequest",
      "required": true,
      "fields": [
        {
          "name": "userId",
          "required": true,
          "rule": {
            "type": "integer",
            "minimum": 1
          },
          "description": "ID of target user."
        },
        {
          "name": "includeDependencies",
          "required": true,
          "rule": {
            "type": "boolean"
          },
          "description": "Whether or not to give manage permissions on all dependencies."
        },
        {
          "name": "emailBody",
          "required": false,
          "rule": {
            "type": "string"
          },
          "description": "Custom body text for e-mail sent on transfer."
        },
        {
          "name": "sendEmail",
          "required": false,
          "rule": {
            "type": "boolean"
          },
          "description": "Send email to the target user of the transfer?"
        }
      ]
    }
  },
  {
    "operationId": "listPermissionSetShares",
    "method": "GET",
    "path": "/permission_sets/{id}/shares",
    "tag": "Permission Set Shares",
    "summary": "List users and groups permissioned on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the resource that is shared (here, the permission set)."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "array",
        "schema": "ShareIndex"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "sharePermissionSetWithUsers",
    "method": "PUT",
    "path": "/permission_sets/{id}/shares/users",
    "tag": "Permission Set Shares",
    "summary": "Set the permissions users have on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the resource that is shared (here, the permission set)."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "ShareIndex"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "body": {
      "schema": "ShareWithUsersRequest",
      "required": true,
      "fields": [
        {
          "name": "userIds",
          "required": true,
          "rule": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "integer",
              "minimum": 1
            }
          },
          "description": "An array of one or more user IDs."
        },
        {
          "name": "permissionLevel",
          "required": true,
          "rule": {
            "type": "string",
            "enum": [
              "read",
              "write",
              "manage"
            ]
          },
          "description": "A share level; each level includes the ones before it."
        },
        {
          "name": "shareEmailBody",
          "required": false,
          "rule": {
            "type": "string"
          },
          "description": "Custom body text for e-mail sent on a share."
        },
        {
          "name": "sendSharedEmail",
          "required": false,
          "rule": {
            "type": "boolean"
          },
          "description": "Send email to the recipients of a share."
        }
      ]
    }
  },
  {
    "operationId": "revokePermissionSetUserShare",
    "method": "DELETE",
    "path": "/permission_sets/{id}/shares/users/{user_id}",
    "tag": "Permission Set Shares",
    "summary": "Revoke the permissions a user has on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the resource that is shared (here, the permission set)."
      },
      {
        "wire": "user_id",
        "name": "userId",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the user."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "204"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "sharePermissionSetWithGroups",
    "method": "PUT",
    "path": "/permission_sets/{id}/shares/groups",
    "tag": "Permission Set Shares",
    "summary": "Set the permissions groups has on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the resource that is shared (here, the permission set)."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "ShareIndex"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "body": {
      "schema": "ShareWithGroupsRequest",
      "required": true,
      "fields": [
        {
          "name": "groupIds",
          "required": true,
          "rule": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "integer",
              "minimum": 1
            }
          },
          "description": "An array of one or more group IDs."
        },
        {
          "name": "permissionLevel",
          "required": true,
          "rule": {
            "type": "string",
            "enum": [
              "read",
              "write",
              "manage"
            ]
          },
          "description": "A share level; each level includes the ones before it."
        },
        {
          "name": "shareEmailBody",
          "required": false,
          "rule": {
            "type": "string"
          },
          "description": "Custom body text for e-mail sent on a share."
        },
        {
          "name": "sendSharedEmail",
          "required": false,
          "rule": {
            "type": "boolean"
          },
          "description": "Send email to the recipients of a share."
        }
      ]
    }
  },
  {
    "operationId": "revokePermissionSetGroupShare",
    "method": "DELETE",
    "path": "/permission_sets/{id}/shares/groups/{group_id}",
    "tag": "Permission Set Shares",
    "summary": "Revoke the permissions a group has on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the resource that is shared (here, the permission set)."
      },
      {
        "wire": "group_id",
        "name": "groupId",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the group."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "204"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "listPermissionSetUserPermissions",
    "method": "GET",
    "path": "/permission_sets/{id}/users/{user_id}/permissions",
    "tag": "Permission Sets",
    "summary": "Get all permissions for a user, in this permission set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "user_id",
        "name": "userId",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for the user."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "array",
        "schema": "UserPermission"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "description": "One entry per resource of the permission set, derived from the shares the user has on the resource, directly or through a group."
  },
  {
    "operationId": "listPermissionSetResources",
    "method": "GET",
    "path": "/permission_sets/{id}/resources",
    "tag": "Resources",
    "summary": "List resources in a permission set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "limit",
        "name": "limit",
        "in": "query",
        "required": false,
        "rule": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000
        },
        "default": 50,
        "description": "Number of results to return. Defaults to 50. Maximum allowed is 1000."
      },
      {
        "wire": "page_num",
        "name": "pageNum",
        "in": "query",
        "required": false,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "default": 1,
        "description": "Page number of the results to return. Defaults to the first page, 1. A page past the end is empty."
      },
      {
        "wire": "order",
        "name": "order",
        "in": "query",
        "required": false,
        "rule": {
          "type": "string",
          "enum": [
            "name",
            "id",
            "updated_at",
            "created_at"
          ]
        },
        "default": "name",
        "description": "The field on which to order the result set. Defaults to name."
      },
      {
        "wire": "order_dir",
        "name": "orderDir",
        "in": "query",
        "required": false,
        "rule": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ]
        },
        "default": "asc",
        "description": "Direction in which to sort, either asc (ascending) or desc (descending), defaulting to asc."
      }
    ],
    "paginated": true,
    "responses": [
      {
        "status": "200",
        "shape": "array",
        "schema": "PermissionSetResource"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "createPermissionSetResource",
    "method": "POST",
    "path": "/permission_sets/{id}/resources",
    "tag": "Resources",
    "summary": "Create a resource in a permission set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "201",
        "shape": "object",
        "schema": "PermissionSetResource"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "409",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "description": "Resource names are unique within a permission set; a taken name answers 409.",
    "body": {
      "schema": "ResourceCreate",
      "required": true,
      "fields": [
        {
          "name": "name",
          "required": true,
          "rule": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": "The name of this resource, unique within the permission set."
        },
        {
          "name": "description",
          "required": false,
          "rule": {
            "type": "string",
            "maxLength": 10000
          },
          "description": "A description of this resource."
        }
      ]
    }
  },
  {
    "operationId": "getPermissionSetResource",
    "method": "GET",
    "path": "/permission_sets/{id}/resources/{name}",
    "tag": "Resources",
    "summary": "Get a resource in a permission set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "PermissionSetResource"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "deletePermissionSetResource",
    "method": "DELETE",
    "path": "/permission_sets/{id}/resources/{name}",
    "tag": "Resources",
    "summary": "Delete a resource in a permission set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "204"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "description": "Deletes the resource and every share on it."
  },
  {
    "operationId": "updatePermissionSetResource",
    "method": "PATCH",
    "path": "/permission_sets/{id}/resources/{name}",
    "tag": "Resources",
    "summary": "Update a resource in a permission set",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "PermissionSetResource"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "body": {
      "schema": "ResourceUpdate",
      "required": true,
      "fields": [
        {
          "name": "description",
          "required": false,
          "rule": {
            "type": "string",
            "maxLength": 10000
          },
          "description": "A description of this resource."
        }
      ]
    }
  },
  {
    "operationId": "listPermissionSetResourceShares",
    "method": "GET",
    "path": "/permission_sets/{id}/resources/{name}/shares",
    "tag": "Resource Shares",
    "summary": "List users and groups permissioned on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "array",
        "schema": "ShareIndex"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "sharePermissionSetResourceWithUsers",
    "method": "PUT",
    "path": "/permission_sets/{id}/resources/{name}/shares/users",
    "tag": "Resource Shares",
    "summary": "Set the permissions users have on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "ShareIndex"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "body": {
      "schema": "ShareWithUsersRequest",
      "required": true,
      "fields": [
        {
          "name": "userIds",
          "required": true,
          "rule": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "integer",
              "minimum": 1
            }
          },
          "description": "An array of one or more user IDs."
        },
        {
          "name": "permissionLevel",
          "required": true,
          "rule": {
            "type": "string",
            "enum": [
              "read",
              "write",
              "manage"
            ]
          },
          "description": "A share level; each level includes the ones before it."
        },
        {
          "name": "shareEmailBody",
          "required": false,
          "rule": {
            "type": "string"
          },
          "description": "Custom body text for e-mail sent on a share."
        },
        {
          "name": "sendSharedEmail",
          "required": false,
          "rule": {
            "type": "boolean"
          },
          "description": "Send email to the recipients of a share."
        }
      ]
    }
  },
  {
    "operationId": "revokePermissionSetResourceUserShare",
    "method": "DELETE",
    "path": "/permission_sets/{id}/resources/{name}/shares/users/{user_id}",
    "tag": "Resource Shares",
    "summary": "Revoke the permissions a user has on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      },
      {
        "wire": "user_id",
        "name": "userId",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the user."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "204"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  },
  {
    "operationId": "sharePermissionSetResourceWithGroups",
    "method": "PUT",
    "path": "/permission_sets/{id}/resources/{name}/shares/groups",
    "tag": "Resource Shares",
    "summary": "Set the permissions groups has on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "200",
        "shape": "object",
        "schema": "ShareIndex"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ],
    "body": {
      "schema": "ShareWithGroupsRequest",
      "required": true,
      "fields": [
        {
          "name": "groupIds",
          "required": true,
          "rule": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "integer",
              "minimum": 1
            }
          },
          "description": "An array of one or more group IDs."
        },
        {
          "name": "permissionLevel",
          "required": true,
          "rule": {
            "type": "string",
            "enum": [
              "read",
              "write",
              "manage"
            ]
          },
          "description": "A share level; each level includes the ones before it."
        },
        {
          "name": "shareEmailBody",
          "required": false,
          "rule": {
            "type": "string"
          },
          "description": "Custom body text for e-mail sent on a share."
        },
        {
          "name": "sendSharedEmail",
          "required": false,
          "rule": {
            "type": "boolean"
          },
          "description": "Send email to the recipients of a share."
        }
      ]
    }
  },
  {
    "operationId": "revokePermissionSetResourceGroupShare",
    "method": "DELETE",
    "path": "/permission_sets/{id}/resources/{name}/shares/groups/{group_id}",
    "tag": "Resource Shares",
    "summary": "Revoke the permissions a group has on this object",
    "deprecated": false,
    "parameters": [
      {
        "wire": "id",
        "name": "id",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID for this permission set."
      },
      {
        "wire": "name",
        "name": "name",
        "in": "path",
        "required": true,
        "rule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "description": "The name of this resource, percent-encoded as one path segment."
      },
      {
        "wire": "group_id",
        "name": "groupId",
        "in": "path",
        "required": true,
        "rule": {
          "type": "integer",
          "minimum": 1
        },
        "description": "The ID of the group."
      }
    ],
    "paginated": false,
    "responses": [
      {
        "status": "204"
      },
      {
        "status": "401",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "403",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "404",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "422",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "429",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "500",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "502",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "503",
        "shape": "object",
        "schema": "Error"
      },
      {
        "status": "504",
        "shape": "object",
        "schema": "Error"
      }
    ]
  }
];
