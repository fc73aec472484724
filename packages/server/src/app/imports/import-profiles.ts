import { customProfile, type InteractionProfile, type MappingDefinitionInput } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { BUILTIN_PROFILES as PROFILES } from '../../io/builtin-profiles.ts';

/** The built-in profile of that name, or the workspace's saved mapping with that id. */
export async function resolveProfile(
  db: Kysely<Database>,
  workspaceId: string,
  name: string,
): Promise<InteractionProfile> {
  const builtIn = PROFILES[name];
  if (builtIn) return builtIn;
  const saved = await db
    .selectFrom('mappingProfile')
    .select(['definitionJson'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', name)
    .executeTakeFirst();
  if (!saved) {
    throw new AppError('validation_failed', `Unknown profile "${name}"`, [
      {
        path: ['profile'],
        code: 'unknown_profile',
        message: `Unknown profile; built-in ones are ${Object.keys(PROFILES).join(', ')}`,
      },
    ]);
  }
  return customProfile(JSON.parse(saved.definitionJson) as MappingDefinitionInput);
}
