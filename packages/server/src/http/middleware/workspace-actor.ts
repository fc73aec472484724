import type { Action, Resource } from '@vigie/core';
import type { MiddlewareHandler } from 'hono';
import { authorize } from '../../app/actor.ts';
import type { ServerContext } from '../../context.ts';
import { findMembership } from '../../db/repositories/workspaces.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';

const RESOURCE_OF_SEGMENT: Record<string, Resource> = {
  vendors: 'vendor',
  sites: 'site',
  activities: 'activity',
  allocations: 'allocation',
  members: 'member',
  invitations: 'invitation',
  audit: 'audit',
  kpi: 'kpi',
  targets: 'target',
  imports: 'import',
  'mapping-profiles': 'mapping',
  contracts: 'contract',
  'contract-targets': 'contract',
  invoices: 'invoice',
  transcripts: 'transcript',
  'analysis-runs': 'analysis',
  libraries: 'library',
  'sample-plans': 'sample',
  'feedback-reports': 'report',
  'coaching-cycles': 'cycle',
};

/** Sub-paths of a vendor that are another resource: what a statement reads of its months. */
const RESOURCE_OF_VENDOR_PATH: Record<string, Resource> = {
  'month-inputs': 'month_input',
  'month-actuals': 'contract',
};

function resourceOf(rest: readonly string[]): Resource | undefined {
  if (rest[0] === undefined) return 'workspace';
  if (rest[0] === 'vendors' && rest[2] !== undefined) return RESOURCE_OF_VENDOR_PATH[rest[2]];
  return RESOURCE_OF_SEGMENT[rest[0]];
}

const ACTION_OF_METHOD: Record<string, Action> = {
  GET: 'read',
  HEAD: 'read',
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

/** POST on a sub-path of a resource (e.g. members/{id}/password) changes that resource. */
function actionOf(method: string, segments: string[]): Action {
  const action = ACTION_OF_METHOD[method] ?? 'update';
  return action === 'create' && segments.length > 2 ? 'update' : action;
}

/**
 * For /api/workspaces/{workspaceId}/...: the caller must be a member (else 404, so a
 * workspace's existence is not revealed), and the policy must allow the action on the
 * resource the path names, before any payload is even read.
 */
export function workspaceActor(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new AppError('unauthenticated', 'Sign in first');
    const workspaceId = c.req.param('workspaceId') ?? '';
    const m = await findMembership(ctx.conn.db, workspaceId, user.id);
    if (!m) throw AppError.notFound('Workspace');
    const actor = { userId: user.id, email: user.email, workspaceId, role: m.role, vendorId: m.vendorId };
    c.set('actor', actor);
    const rest = c.req.path.split('/').slice(4).filter(Boolean); // after /api/workspaces/{id}
    const resource = resourceOf(rest);
    if (resource === undefined) throw AppError.notFound('Route');
    authorize(actor, actionOf(c.req.method, rest), resource);
    await next();
  };
}
