import type { MappingDefinitionInput } from '@vigie/core';
import {
  deleteMappingProfile,
  findMappingProfile,
  insertMappingProfile,
  type MappingProfile,
  updateMappingProfile,
} from '../../db/repositories/mapping-profiles.ts';
import { entityCommands } from '../org/entity-commands.ts';

export const mappingProfileCommands = entityCommands<MappingProfile, MappingDefinitionInput>({
  resource: 'mapping',
  label: 'Mapping profile',
  clash: (input) => ({
    duplicate: {
      field: 'name',
      message: `A mapping named "${input?.name ?? ''}" already exists in this workspace`,
    },
  }),
  find: findMappingProfile,
  insert: insertMappingProfile,
  update: updateMappingProfile,
  delete: deleteMappingProfile,
});
