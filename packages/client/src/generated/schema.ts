/**
 * DO NOT EDIT. Generated from spec/openapi.yaml by scripts/generate.ts (openapi-typescript).
 * Change the spec and run `pnpm generate`; `pnpm check:generated` fails when this file drifts.
 */

export interface paths {
    "/permission_sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Permission Sets
         * @description A page of permission sets, newest change first by default.
         */
        get: operations["listPermissionSets"];
        put?: never;
        /**
         * Create a Permission Set
         * @description Creates a permission set owned by the caller.
         */
        post: operations["createPermissionSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        /** Get a Permission Set */
        get: operations["getPermissionSet"];
        /**
         * Replace all attributes of this Permission Set
         * @description Attributes left out of the body are reset (`description` becomes null).
         */
        put: operations["replacePermissionSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update some attributes of this Permission Set
         * @description Only the attributes present in the body change.
         */
        patch: operations["updatePermissionSet"];
        trace?: never;
    };
    "/permission_sets/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Update the archive status of this object */
        put: operations["setPermissionSetArchived"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        /** List dependent objects for this object */
        get: operations["listPermissionSetDependencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Transfer ownership of this object to another user */
        put: operations["transferPermissionSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["listPermissionSetShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["sharePermissionSetWithUsers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["revokePermissionSetUserShare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["sharePermissionSetWithGroups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["revokePermissionSetGroupShare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/users/{user_id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The ID for the user. */
                user_id: number;
            };
            cookie?: never;
        };
        /**
         * Get all permissions for a user, in this permission set
         * @description One entry per resource of the permission set, derived from the shares the user has on the resource, directly or through a group.
         */
        get: operations["listPermissionSetUserPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        /** List resources in a permission set */
        get: operations["listPermissionSetResources"];
        put?: never;
        /**
         * Create a resource in a permission set
         * @description Resource names are unique within a permission set; a taken name answers 409.
         */
        post: operations["createPermissionSetResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        /** Get a resource in a permission set */
        get: operations["getPermissionSetResource"];
        put?: never;
        post?: never;
        /**
         * Delete a resource in a permission set
         * @description Deletes the resource and every share on it.
         */
        delete: operations["deletePermissionSetResource"];
        options?: never;
        head?: never;
        /** Update a resource in a permission set */
        patch: operations["updatePermissionSetResource"];
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["listPermissionSetResourceShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["sharePermissionSetResourceWithUsers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["revokePermissionSetResourceUserShare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["sharePermissionSetResourceWithGroups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["revokePermissionSetResourceGroupShare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Sort direction.
         * @enum {string}
         */
        OrderDir: "asc" | "desc";
        /**
         * @description A share level; each level includes the ones before it.
         * @enum {string}
         */
        PermissionLevel: "read" | "write" | "manage";
        /** @description A user, as shown on the objects they author. */
        UserSummary: {
            /**
             * Format: int64
             * @description The ID of this user.
             */
            id: number;
            /** @description This user's name. */
            name: string;
            /** @description This user's username. */
            username: string;
            /** @description This user's initials. */
            initials: string;
            /** @description Whether this user is online. */
            online: boolean;
        };
        PermissionSet: {
            /**
             * Format: int64
             * @description The ID for this permission set.
             */
            id: number;
            /** @description The name of this permission set. */
            name: string;
            /** @description A description of this permission set. */
            description: string | null;
            author: components["schemas"]["UserSummary"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The archival status of the requested item(s). Documented as a string; the service has been seen returning a boolean. */
            archived: string | boolean;
        };
        PermissionSetCreate: {
            /** @description The name of this permission set. */
            name: string;
            /** @description A description of this permission set. */
            description?: string;
        };
        PermissionSetReplace: {
            /** @description The name of this permission set. */
            name: string;
            /** @description A description of this permission set. */
            description?: string;
        };
        PermissionSetUpdate: {
            /** @description The name of this permission set. */
            name?: string;
            /** @description A description of this permission set. */
            description?: string;
        };
        ArchiveRequest: {
            /** @description The desired archived status of the object. */
            status: boolean;
        };
        PermissionSetResource: {
            /**
             * Format: int64
             * @description The ID for the permission set this resource belongs to.
             */
            permissionSetId: number;
            /** @description The name of this resource. */
            name: string;
            /** @description A description of this resource. */
            description: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ResourceCreate: {
            /** @description The name of this resource, unique within the permission set. */
            name: string;
            /** @description A description of this resource. */
            description?: string;
        };
        ResourceUpdate: {
            /** @description A description of this resource. */
            description?: string;
        };
        /** @description A user or group named in a share index. */
        ShareEntity: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        /** @description The users and groups holding one share level. */
        ShareLevelEntries: {
            users: components["schemas"]["ShareEntity"][];
            groups: components["schemas"]["ShareEntity"][];
        };
        /** @description Who an object is shared with, by level. */
        ShareIndex: {
            readers: components["schemas"]["ShareLevelEntries"];
            writers: components["schemas"]["ShareLevelEntries"];
            owners: components["schemas"]["ShareLevelEntries"];
            /** @description For owners, the number of total users shared. For writers and readers, the number of visible users shared. */
            totalUserShares: number;
            /** @description For owners, the number of total groups shared. For writers and readers, the number of visible groups shared. */
            totalGroupShares: number;
        };
        ShareWithUsersRequest: {
            /** @description An array of one or more user IDs. */
            userIds: number[];
            permissionLevel: components["schemas"]["PermissionLevel"];
            /** @description Custom body text for e-mail sent on a share. */
            shareEmailBody?: string;
            /** @description Send email to the recipients of a share. */
            sendSharedEmail?: boolean;
        };
        ShareWithGroupsRequest: {
            /** @description An array of one or more group IDs. */
            groupIds: number[];
            permissionLevel: components["schemas"]["PermissionLevel"];
            /** @description Custom body text for e-mail sent on a share. */
            shareEmailBody?: string;
            /** @description Send email to the recipients of a share. */
            sendSharedEmail?: boolean;
        };
        Dependency: {
            /** @description Dependent object type. */
            objectType: string;
            /** @description Human readable dependent object type. */
            fcoType: string;
            /**
             * Format: int64
             * @description Dependent object ID.
             */
            id: number;
            /** @description Dependent object name, or null if the requesting user cannot read this object. */
            name: string | null;
            /** @description Permission level of target user (not user's groups) for dependent object. Null if no target user or not shareable (e.g. a database table). */
            permissionLevel: string | null;
            /** @description Additional information about the dependency, if relevant. */
            description: string | null;
            /** @description Whether or not the requesting user can share this object. */
            shareable: boolean;
        };
        TransferRequest: {
            /**
             * Format: int64
             * @description ID of target user.
             */
            userId: number;
            /** @description Whether or not to give manage permissions on all dependencies. */
            includeDependencies: boolean;
            /** @description Custom body text for e-mail sent on transfer. */
            emailBody?: string;
            /** @description Send email to the target user of the transfer? */
            sendEmail?: boolean;
        };
        TransferredDependency: {
            /** @description Dependent object type. */
            objectType: string;
            /** @description Human readable dependent object type. */
            fcoType: string;
            /**
             * Format: int64
             * @description Dependent object ID.
             */
            id: number;
            /** @description Dependent object name, or null if the requesting user cannot read this object. */
            name: string | null;
            /** @description Permission level of target user (not user's groups) for dependent object. Null if no target user or not shareable (e.g. a database table). */
            permissionLevel: string | null;
            /** @description Additional information about the dependency, if relevant. */
            description: string | null;
            /** @description Whether dependent object was successfully shared with target user. */
            shared: boolean;
        };
        TransferResult: {
            /** @description Dependent objects for this object. */
            dependencies: components["schemas"]["TransferredDependency"][];
        };
        UserPermission: {
            /** @description The name of the resource. */
            resourceName: string;
            /** @description If true, the user has read permission on this resource. */
            read: boolean;
            /** @description If true, the user has write permission on this resource. */
            write: boolean;
            /** @description If true, the user has manage permission on this resource. */
            manage: boolean;
        };
        /** @description The body of every error response. */
        Error: {
            /** @description A short machine-readable error name, such as `not_found`. */
            error: string;
            /** @description What went wrong, for people. */
            errorDescription: string;
            /** @description The HTTP status code. */
            code: number;
        };
    };
    responses: {
        /** @description The permission set. */
        PermissionSetOk: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionSet"];
            };
        };
        /** @description The created permission set. */
        PermissionSetCreated: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionSet"];
            };
        };
        /** @description The resource. */
        ResourceOk: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionSetResource"];
            };
        };
        /** @description Who the object is shared with, by level: an array of share indexes (usually one). A `list_*` method documented as returning `civis.response.Response` answers an array of the documented object. */
        ShareIndexListOk: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ShareIndex"][];
            };
        };
        /** @description Who the object is shared with, by level, after the call. */
        ShareIndexOk: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ShareIndex"];
            };
        };
        /** @description Done; no body. */
        NoContent: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The API key is missing or wrong. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller may not do this to this object. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No object with this id or name. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The name is taken in this permission set. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A parameter or the body is invalid. */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The rate limit is exceeded. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed, or is unavailable for now. */
        ServerError: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The ID for this permission set. */
        PermissionSetId: number;
        /** @description The ID of the resource that is shared (here, the permission set). */
        SharedObjectId: number;
        /** @description The name of this resource, percent-encoded as one path segment. */
        ResourceName: string;
        /** @description The ID of the user. */
        UserId: number;
        /** @description The ID of the group. */
        GroupId: number;
        /** @description The archival status of the requested item(s): `false` (the default) for active items, `true` for archived ones, `all` for both. */
        Archived: "true" | "false" | "all";
        /**
         * @description If specified, return items from any of these authors. It accepts a comma-separated list of user IDs.
         * @example 1,7
         */
        Author: string;
        /** @description Number of results to return. Defaults to 20. Maximum allowed is 50. */
        PermissionSetLimit: number;
        /** @description Number of results to return. Defaults to 50. Maximum allowed is 1000. */
        ResourceLimit: number;
        /** @description Page number of the results to return. Defaults to the first page, 1. A page past the end is empty. */
        PageNum: number;
        /** @description The field on which to order the result set. Defaults to updated_at. */
        PermissionSetOrder: "updated_at" | "name" | "created_at";
        /** @description The field on which to order the result set. Defaults to name. */
        ResourceOrder: "name" | "id" | "updated_at" | "created_at";
        /** @description Direction in which to sort, either asc (ascending) or desc (descending), defaulting to desc. */
        OrderDirDesc: components["schemas"]["OrderDir"];
        /** @description Direction in which to sort, either asc (ascending) or desc (descending), defaulting to asc. */
        OrderDirAsc: components["schemas"]["OrderDir"];
    };
    requestBodies: {
        ShareWithUsers: {
            content: {
                "application/json": components["schemas"]["ShareWithUsersRequest"];
            };
        };
        ShareWithGroups: {
            content: {
                "application/json": components["schemas"]["ShareWithGroupsRequest"];
            };
        };
    };
    headers: {
        /**
         * @description A unique ID for this request, to quote when reporting a problem.
         * @example 8f14e45f-ceea-467f-a0e6-1b2c3d4e5f60
         */
        XRequestId: string;
        /**
         * @description The number of requests allowed in the current rate-limit window.
         * @example 1000
         */
        XRateLimitLimit: number;
        /**
         * @description The number of requests left in the current rate-limit window.
         * @example 998
         */
        XRateLimitRemaining: number;
        /**
         * @description The page returned, numbered from 1.
         * @example 1
         */
        XPaginationCurrentPage: number;
        /**
         * @description The page size used.
         * @example 20
         */
        XPaginationPerPage: number;
        /**
         * @description The number of pages at this page size.
         * @example 3
         */
        XPaginationTotalPages: number;
        /**
         * @description The number of items across all pages.
         * @example 57
         */
        XPaginationTotalEntries: number;
        /**
         * @description How long to wait before retrying, in seconds or as an HTTP date.
         * @example 2
         */
        RetryAfter: string;
        /**
         * @description The authentication schemes the service accepts.
         * @example Basic realm="Civis API", Bearer
         */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPermissionSets: {
        parameters: {
            query?: {
                /** @description The archival status of the requested item(s): `false` (the default) for active items, `true` for archived ones, `all` for both. */
                archived?: components["parameters"]["Archived"];
                /**
                 * @description If specified, return items from any of these authors. It accepts a comma-separated list of user IDs.
                 * @example 1,7
                 */
                author?: components["parameters"]["Author"];
                /** @description Number of results to return. Defaults to 20. Maximum allowed is 50. */
                limit?: components["parameters"]["PermissionSetLimit"];
                /** @description Page number of the results to return. Defaults to the first page, 1. A page past the end is empty. */
                page_num?: components["parameters"]["PageNum"];
                /** @description The field on which to order the result set. Defaults to updated_at. */
                order?: components["parameters"]["PermissionSetOrder"];
                /** @description Direction in which to sort, either asc (ascending) or desc (descending), defaulting to desc. */
                order_dir?: components["parameters"]["OrderDirDesc"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of permission sets. */
            200: {
                headers: {
                    "X-Pagination-Current-Page": components["headers"]["XPaginationCurrentPage"];
                    "X-Pagination-Per-Page": components["headers"]["XPaginationPerPage"];
                    "X-Pagination-Total-Pages": components["headers"]["XPaginationTotalPages"];
                    "X-Pagination-Total-Entries": components["headers"]["XPaginationTotalEntries"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionSet"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    createPermissionSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionSetCreate"];
            };
        };
        responses: {
            201: components["responses"]["PermissionSetCreated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    getPermissionSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PermissionSetOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    replacePermissionSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionSetReplace"];
            };
        };
        responses: {
            200: components["responses"]["PermissionSetOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    updatePermissionSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionSetUpdate"];
            };
        };
        responses: {
            200: components["responses"]["PermissionSetOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    setPermissionSetArchived: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            200: components["responses"]["PermissionSetOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    listPermissionSetDependencies: {
        parameters: {
            query?: {
                /** @description ID of the target user; `permissionLevel` in the answer is that user's level. */
                user_id?: number;
            };
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objects this permission set depends on. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dependency"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    transferPermissionSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description The transfer happened; the dependencies and whether each was shared. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    listPermissionSetShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareIndexListOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    sharePermissionSetWithUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareWithUsers"];
        responses: {
            200: components["responses"]["ShareIndexOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    revokePermissionSetUserShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    sharePermissionSetWithGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareWithGroups"];
        responses: {
            200: components["responses"]["ShareIndexOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    revokePermissionSetGroupShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared (here, the permission set). */
                id: components["parameters"]["SharedObjectId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    listPermissionSetUserPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The ID for the user. */
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's permissions on each resource of the permission set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermission"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    listPermissionSetResources: {
        parameters: {
            query?: {
                /** @description Number of results to return. Defaults to 50. Maximum allowed is 1000. */
                limit?: components["parameters"]["ResourceLimit"];
                /** @description Page number of the results to return. Defaults to the first page, 1. A page past the end is empty. */
                page_num?: components["parameters"]["PageNum"];
                /** @description The field on which to order the result set. Defaults to name. */
                order?: components["parameters"]["ResourceOrder"];
                /** @description Direction in which to sort, either asc (ascending) or desc (descending), defaulting to asc. */
                order_dir?: components["parameters"]["OrderDirAsc"];
            };
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the permission set's resources. */
            200: {
                headers: {
                    "X-Pagination-Current-Page": components["headers"]["XPaginationCurrentPage"];
                    "X-Pagination-Per-Page": components["headers"]["XPaginationPerPage"];
                    "X-Pagination-Total-Pages": components["headers"]["XPaginationTotalPages"];
                    "X-Pagination-Total-Entries": components["headers"]["XPaginationTotalEntries"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionSetResource"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    createPermissionSetResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceCreate"];
            };
        };
        responses: {
            /** @description The created resource. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionSetResource"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    getPermissionSetResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ResourceOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    deletePermissionSetResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    updatePermissionSetResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceUpdate"];
            };
        };
        responses: {
            200: components["responses"]["ResourceOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    listPermissionSetResourceShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareIndexListOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    sharePermissionSetResourceWithUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareWithUsers"];
        responses: {
            200: components["responses"]["ShareIndexOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    revokePermissionSetResourceUserShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    sharePermissionSetResourceWithGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareWithGroups"];
        responses: {
            200: components["responses"]["ShareIndexOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
    revokePermissionSetResourceGroupShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource, percent-encoded as one path segment. */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            502: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            504: components["responses"]["ServerError"];
        };
    };
}
