import { type Activity, type ActivityInput, checkActivity } from '@vigie/core';
import {
  deleteActivity,
  findActivity,
  insertActivity,
  updateActivity,
} from '../../db/repositories/activities.ts';
import { assertRules } from '../../http/app-error.ts';
import { entityCommands } from './entity-commands.ts';

export const activityCommands = entityCommands<Activity, ActivityInput>({
  resource: 'activity',
  label: 'Activity',
  clash: (input) => ({
    duplicate: {
      field: 'name',
      message: `An activity named "${input?.name ?? ''}" already exists in this workspace`,
    },
    inUse: 'This activity is still allocated: delete its allocations first',
  }),
  find: findActivity,
  insert: insertActivity,
  update: updateActivity,
  delete: deleteActivity,
  async check(_db, _actor, input) {
    assertRules(checkActivity(input));
  },
});
