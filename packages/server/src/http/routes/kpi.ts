import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  contractTargets,
  describeKpis,
  type GroupKey,
  isoDate,
  parseGroupKeys,
  readScope,
  TARGET_KPI_NAMES,
  type TargetKpi,
  targetInForce,
  targetStatus,
} from '@vigie/core';
import { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import { contractDocuments } from '../../db/repositories/contracts.ts';
import { HANDLE_BINS, WAIT_BINS } from '../../db/repositories/interaction-store.ts';
import { listContacts } from '../../db/repositories/kpi-contacts.ts';
import {
  dataRange,
  entityLabels,
  groupFigures,
  heatmapCells,
  histograms,
  type KpiFilters,
  sumRollups,
} from '../../db/repositories/kpi-queries.ts';
import { getKpiSettings } from '../../db/repositories/kpi-settings.ts';
import { listTargets } from '../../db/repositories/targets.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { json, readErrors, workspaceParam } from '../openapi.ts';

const tags = ['KPIs'];
const filters = z.object({
  from: isoDate,
  to: isoDate,
  vendorId: z.string().optional(),
  siteId: z.string().optional(),
  activityId: z.string().optional(),
  channel: z.string().optional(),
  agent: z.string().optional(),
});
const intervalParam = z.enum(['15', '30', '60']).default('30');
const looseRows = z.array(z.record(z.string(), z.unknown()));

function checkPeriod(f: KpiFilters): void {
  if (f.to < f.from) {
    throw new AppError('validation_failed', '"to" is before "from"', [
      { path: ['to'], code: 'period', message: 'Must be on or after "from"' },
    ]);
  }
}

function groupKeys(by: string): GroupKey[] {
  try {
    const keys = parseGroupKeys(by);
    if (
      keys.includes('agent') &&
      keys.some((k) => k === 'interval15' || k === 'interval30' || k === 'hour')
    ) {
      throw new Error('agent figures are rolled up per day: use day, week or month with agent');
    }
    return keys;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new AppError('validation_failed', message, [{ path: ['by'], code: 'group_keys', message }]);
  }
}

/** Figures read from the rollups; a vendor user's scope narrows every query to its vendor. */
export function registerKpiRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/kpi';

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/settings`,
      tags,
      summary: 'The KPI formula options of the workspace',
      request: { params: workspaceParam },
      responses: { 200: json(z.record(z.string(), z.unknown()), 'Options'), ...readErrors },
    }),
    async (c) => c.json(await getKpiSettings(ctx.conn.db, c.get('actor').workspaceId), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/range`,
      tags,
      summary: 'First and last day with contact records in your scope',
      request: { params: workspaceParam },
      responses: {
        200: json(z.object({ first: z.string().nullable(), last: z.string().nullable() }), 'Days'),
        ...readErrors,
      },
    }),
    async (c) => c.json(await dataRange(ctx.conn.db, readScope(c.get('actor'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/summary`,
      tags,
      summary: 'KPI figures of a period, grouped, with met / missed against targets',
      request: { params: workspaceParam, query: filters.extend({ by: z.string().default('') }) },
      responses: {
        200: json(
          z.object({
            period: z.object({ from: z.string(), to: z.string() }),
            definitions: z.record(z.string(), z.unknown()),
            labels: z.record(z.string(), z.record(z.string(), z.string())),
            rows: looseRows,
          }),
          'Figures',
        ),
        ...readErrors,
      },
    }),
    async (c) => {
      const { by: byList, ...f } = c.req.valid('query');
      checkPeriod(f);
      const by = groupKeys(byList);
      const scope = readScope(c.get('actor'));
      const options = await getKpiSettings(ctx.conn.db, scope.workspaceId);
      const [groups, labels, targets, contracts] = await Promise.all([
        sumRollups(ctx.conn.db, scope, by, f),
        entityLabels(ctx.conn.db, scope),
        listTargets(ctx.conn.db, scope, {}),
        contractDocuments(ctx.conn.db, scope),
      ]);
      const fromContracts = contracts.flatMap(contractTargets);
      // the targets in force over the period, per vendor and activity (not per row: a table by
      // vendor and day has hundreds of rows for a few vendors)
      const inForce = new Map<string, [TargetKpi, number][]>();
      const targetsOf = (vendorId: string, activityId: string | null): [TargetKpi, number][] => {
        const key = `${vendorId}\u0000${activityId ?? ''}`;
        let found = inForce.get(key);
        if (!found) {
          found = [];
          for (const kpi of TARGET_KPI_NAMES) {
            // the contract in force first; a target entered by hand where the contract sets none
            const target =
              targetInForce(fromContracts, vendorId, activityId, kpi, f.from, f.to) ??
              targetInForce(targets, vendorId, activityId, kpi, f.from, f.to);
            if (target !== null) found.push([kpi, target]);
          }
          inForce.set(key, found);
        }
        return found;
      };
      const rows = groups.map((g) => {
        const keys = Object.fromEntries(by.map((k, i) => [k, g.values[i] ?? null]));
        const figures = groupFigures(g, options);
        const vendorId = (keys.vendor as string | null | undefined) ?? f.vendorId ?? scope.vendorId ?? null;
        const activityId = (keys.activity as string | null | undefined) ?? f.activityId ?? null;
        const judged: Record<string, { target: number; status: 'met' | 'missed' | null }> = {};
        if (vendorId !== null) {
          for (const [kpi, target] of targetsOf(vendorId, activityId)) {
            judged[kpi] = { target, status: targetStatus(kpi, figures[kpi], target) };
          }
        }
        return Object.assign(keys, figures, { targets: judged });
      });
      return c.json(
        { period: { from: f.from, to: f.to }, definitions: describeKpis(by, options), labels, rows },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/heatmap`,
      tags,
      summary: 'Intraday service level, day x interval',
      request: { params: workspaceParam, query: filters.extend({ interval: intervalParam }) },
      responses: {
        200: json(z.object({ interval: z.number(), cells: looseRows }), 'Cells'),
        ...readErrors,
      },
    }),
    async (c) => {
      const { interval, ...f } = c.req.valid('query');
      checkPeriod(f);
      const scope = readScope(c.get('actor'));
      const options = await getKpiSettings(ctx.conn.db, scope.workspaceId);
      const minutes = Number(interval) as 15 | 30 | 60;
      const cells = await heatmapCells(ctx.conn.db, scope, f, minutes, options);
      return c.json({ interval: minutes, cells }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/distributions`,
      tags,
      summary: 'Wait (answered contacts) and handle time histograms',
      request: { params: workspaceParam, query: filters },
      responses: { 200: json(z.object({ wait: looseRows, handle: looseRows }), 'Histograms'), ...readErrors },
    }),
    async (c) => {
      const f = c.req.valid('query');
      checkPeriod(f);
      const counts = await histograms(ctx.conn.db, readScope(c.get('actor')), f);
      const shape = (measure: string, bins: readonly number[]) =>
        bins.map((from, k) => ({
          from,
          to: bins[k + 1] ?? null,
          count: counts.find((r) => r.measure === measure && r.bin === from)?.count ?? 0,
        }));
      return c.json({ wait: shape('wait', WAIT_BINS), handle: shape('handle', HANDLE_BINS) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/contacts`,
      tags,
      summary: 'The contacts behind a figure (drill-down)',
      request: {
        params: workspaceParam,
        query: filters.extend({
          day: isoDate.optional(),
          time: z
            .string()
            .regex(/^\d\d:\d\d$/, 'Expected HH:MM')
            .optional(),
          interval: z.enum(['15', '30', '60']).optional(),
          class: z
            .enum([
              'answered',
              'abandoned',
              'short_abandoned',
              'vru_only',
              'phantom',
              'not_offered',
              'offered_other',
            ])
            .optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: { 200: json(z.object({ total: z.number(), items: looseRows }), 'Contacts'), ...readErrors },
    }),
    async (c) => {
      const { class: kpiClass, interval, ...q } = c.req.valid('query');
      checkPeriod(q);
      const result = await listContacts(ctx.conn.db, readScope(c.get('actor')), {
        ...q,
        kpiClass,
        interval: interval === undefined ? undefined : (Number(interval) as 15 | 30 | 60),
      });
      return c.json(result, 200);
    },
  );
}
