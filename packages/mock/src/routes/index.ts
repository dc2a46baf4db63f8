// Every operation of the spec, by operationId.
import type { Routes } from './context.js';
import { permissionSetRoutes } from './permission-sets.js';
import { resourceRoutes } from './resources.js';
import { shareRoutes } from './shares.js';

export const routes: Routes = { ...permissionSetRoutes, ...resourceRoutes, ...shareRoutes };
export type { Route, RouteContext, RouteResult, Routes } from './context.js';
