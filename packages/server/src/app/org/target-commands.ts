import type { Target, TargetInput } from '@vigie/core';
import { deleteTarget, findTarget, insertTarget, updateTarget } from '../../db/repositories/targets.ts';
import { AppError } from '../../http/app-error.ts';
import { entityCommands } from './entity-commands.ts';

export const targetCommands = entityCommands<Target, TargetInput>({
  resource: 'target',
  label: 'Target',
  clash: () => ({}),
  find: findTarget,
  insert: insertTarget,
  update: updateTarget,
  delete: deleteTarget,
  // the vendor and activity must be this workspace's: ids from elsewhere are refused by name
  async check(db, actor, input) {
    const vendor = await db
      .selectFrom('vendor')
      .select('id')
      .where('workspaceId', '=', actor.workspaceId)
      .where('id', '=', input.vendorId)
      .executeTakeFirst();
    const issues = [];
    if (!vendor)
      issues.push({
        path: ['vendorId'],
        code: 'unknown_vendor',
        message: 'No such vendor in this workspace',
      });
    if (input.activityId !== null) {
      const activity = await db
        .selectFrom('activity')
        .select('id')
        .where('workspaceId', '=', actor.workspaceId)
        .where('id', '=', input.activityId)
        .executeTakeFirst();
      if (!activity) {
        issues.push({
          path: ['activityId'],
          code: 'unknown_activity',
          message: 'No such activity in this workspace',
        });
      }
    }
    if (issues.length > 0)
      throw new AppError('rule_violated', issues.map((i) => i.message).join('; '), issues);
  },
});
