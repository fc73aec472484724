import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  activityInputSchema,
  activitySchema,
  allocationInputSchema,
  allocationSchema,
  siteInputSchema,
  siteSchema,
  targetInputSchema,
  targetSchema,
  vendorInputSchema,
  vendorSchema,
} from '@vigie/core';
import { z } from 'zod';
import { activityCommands } from '../../app/org/activity-commands.ts';
import { allocationCommands } from '../../app/org/allocation-commands.ts';
import { siteCommands } from '../../app/org/site-commands.ts';
import { targetCommands } from '../../app/org/target-commands.ts';
import { vendorCommands } from '../../app/org/vendor-commands.ts';
import type { ServerContext } from '../../context.ts';
import { ACTIVITY_SORTS, findActivity, listActivities } from '../../db/repositories/activities.ts';
import { findAllocation, listAllocations } from '../../db/repositories/allocations.ts';
import { listQuerySchema } from '../../db/repositories/list-query.ts';
import { findSite, listSites, SITE_SORTS } from '../../db/repositories/sites.ts';
import { findTarget, listTargets } from '../../db/repositories/targets.ts';
import { findVendor, listVendors, VENDOR_SORTS } from '../../db/repositories/vendors.ts';
import type { AppEnv } from '../env.ts';
import { registerCrud } from './crud.ts';

/** Vendors, sites, activities and allocations: the organisation of the outsourced centre. */
export function registerOrgRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  registerCrud(app, ctx, {
    tag: 'Vendors',
    segment: 'vendors',
    idParam: 'vendorId',
    label: 'Vendor',
    item: vendorSchema,
    input: vendorInputSchema,
    query: listQuerySchema(VENDOR_SORTS),
    list: (c, scope, q) => listVendors(c.conn.db, scope, q),
    find: (c, scope, id) => findVendor(c.conn.db, scope, id),
    ...vendorCommands,
  });
  registerCrud(app, ctx, {
    tag: 'Sites',
    segment: 'sites',
    idParam: 'siteId',
    label: 'Site',
    item: siteSchema,
    input: siteInputSchema,
    query: listQuerySchema(SITE_SORTS).extend({ vendorId: z.string().optional() }),
    list: (c, scope, q) => listSites(c.conn.db, scope, q),
    find: (c, scope, id) => findSite(c.conn.db, scope, id),
    ...siteCommands,
  });
  registerCrud(app, ctx, {
    tag: 'Activities',
    segment: 'activities',
    idParam: 'activityId',
    label: 'Activity',
    item: activitySchema,
    input: activityInputSchema,
    query: listQuerySchema(ACTIVITY_SORTS),
    list: (c, scope, q) => listActivities(c.conn.db, scope, q),
    find: (c, scope, id) => findActivity(c.conn.db, scope, id),
    ...activityCommands,
  });
  registerCrud(app, ctx, {
    tag: 'Allocations',
    segment: 'allocations',
    idParam: 'allocationId',
    label: 'Allocation',
    item: allocationSchema,
    input: allocationInputSchema,
    query: z.object({ activityId: z.string().optional(), vendorId: z.string().optional() }),
    list: (c, scope, q) => listAllocations(c.conn.db, scope, q),
    find: (c, scope, id) => findAllocation(c.conn.db, scope, id),
    ...allocationCommands,
  });
  registerCrud(app, ctx, {
    tag: 'Targets',
    segment: 'targets',
    idParam: 'targetId',
    label: 'Target',
    item: targetSchema,
    input: targetInputSchema,
    query: z.object({ vendorId: z.string().optional() }),
    list: (c, scope, q) => listTargets(c.conn.db, scope, q),
    find: (c, scope, id) => findTarget(c.conn.db, scope, id),
    ...targetCommands,
  });
}
