import type { Kysely } from 'kysely';
import { Lookup, type Named } from '../app/imports/entity-resolver.ts';
import { type Population, populationSchema } from '../app/sampling/sample-plan-schema.ts';
import type { Database } from '../db/schema.ts';
import { CliError } from './fail.ts';

const KEYS = ['vendor', 'site', 'activity', 'agent', 'from', 'to', 'min', 'max', 'exclude-sampled'] as const;

/**
 * `vigie sample --workspace W --population QUERY`: the query names the population as
 * `key=value` pairs separated by commas, several values by `|`:
 * `vendor=Acme,site=Lyon|Lille,from=2026-10-01,to=2026-10-31,min=120,exclude-sampled`.
 * Vendors, sites and activities are given by id or name; `min` / `max` are seconds.
 */
export async function resolvePopulationQuery(
  db: Kysely<Database>,
  workspaceId: string,
  query: string,
): Promise<Population> {
  const [vendors, sites, activities] = await Promise.all([
    db.selectFrom('vendor').select(['id', 'name']).where('workspaceId', '=', workspaceId).execute(),
    db.selectFrom('site').select(['id', 'name']).where('workspaceId', '=', workspaceId).execute(),
    db.selectFrom('activity').select(['id', 'name']).where('workspaceId', '=', workspaceId).execute(),
  ]);
  const resolve = (what: string, items: Named[], value: string): string => {
    const found = new Lookup(items).find(value);
    if (!found)
      throw new CliError(
        `--population: no ${what} "${value}" in this workspace (${items.map((i) => i.name).join(', ') || 'none'})`,
      );
    return found.id;
  };
  const population: Record<string, unknown> = {};
  for (const pair of query.split(',').filter((p) => p.trim() !== '')) {
    const at = pair.indexOf('=');
    const key = (at < 0 ? pair : pair.slice(0, at)).trim();
    const value = at < 0 ? '' : pair.slice(at + 1).trim();
    const values = value.split('|').map((v) => v.trim());
    switch (key as (typeof KEYS)[number]) {
      case 'vendor':
        population.vendorId = resolve('vendor', vendors, value);
        break;
      case 'site':
        population.siteIds = values.map((v) => resolve('site', sites, v));
        break;
      case 'activity':
        population.activityIds = values.map((v) => resolve('activity', activities, v));
        break;
      case 'agent':
        population.agents = values;
        break;
      case 'from':
      case 'to':
        population[key] = value;
        break;
      case 'min':
      case 'max':
        population[key === 'min' ? 'minSeconds' : 'maxSeconds'] = Number(value);
        break;
      case 'exclude-sampled':
        population.excludeSampled = true;
        break;
      default:
        throw new CliError(
          `--population: "${key}" is neither a file nor a known key (${KEYS.join(', ')}; e.g. vendor=Acme,from=2026-10-01)`,
        );
    }
  }
  const parsed = populationSchema.safeParse(population);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`--population: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
