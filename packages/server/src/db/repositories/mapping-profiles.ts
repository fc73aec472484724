import type { MappingDefinition, MappingDefinitionInput, ReadScope } from '@vigie/core';
import { mappingDefinitionSchema } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database, MappingProfileTable } from '../schema.ts';

/** A saved mapping: its definition (as `customProfile` takes it) and its record fields. */
export type MappingProfile = MappingDefinition & {
  id: string;
  workspaceId: string;
  createdAt: string;
  updatedAt: string;
};

function toProfile(row: MappingProfileTable): MappingProfile {
  const definition = mappingDefinitionSchema.parse(JSON.parse(row.definitionJson));
  return {
    ...definition,
    id: row.id,
    workspaceId: row.workspaceId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function listMappingProfiles(db: Kysely<Database>, scope: ReadScope): Promise<MappingProfile[]> {
  const rows = await db
    .selectFrom('mappingProfile')
    .selectAll()
    .where('workspaceId', '=', scope.workspaceId)
    .orderBy('name')
    .execute();
  return rows.map(toProfile);
}

export async function findMappingProfile(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<MappingProfile | undefined> {
  const row = await db
    .selectFrom('mappingProfile')
    .selectAll()
    .where('workspaceId', '=', scope.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toProfile(row);
}

export async function insertMappingProfile(
  db: Kysely<Database>,
  workspaceId: string,
  input: MappingDefinitionInput,
  id: string,
  now: string,
): Promise<MappingProfile> {
  const definition = mappingDefinitionSchema.parse(input);
  const row = {
    id,
    workspaceId,
    name: definition.name,
    definitionJson: JSON.stringify(definition),
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('mappingProfile').values(row).execute();
  return toProfile(row);
}

export async function updateMappingProfile(
  db: Kysely<Database>,
  before: MappingProfile,
  input: MappingDefinitionInput,
  now: string,
): Promise<MappingProfile> {
  const definition = mappingDefinitionSchema.parse(input);
  const set = { name: definition.name, definitionJson: JSON.stringify(definition), updatedAt: now };
  await db.updateTable('mappingProfile').set(set).where('id', '=', before.id).execute();
  return {
    ...definition,
    id: before.id,
    workspaceId: before.workspaceId,
    createdAt: before.createdAt,
    updatedAt: now,
  };
}

export async function deleteMappingProfile(db: Kysely<Database>, profile: MappingProfile): Promise<void> {
  await db.deleteFrom('mappingProfile').where('id', '=', profile.id).execute();
}
