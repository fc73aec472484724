import { readScope, type Site, type SiteInput } from '@vigie/core';
import { deleteSite, findSite, insertSite, updateSite } from '../../db/repositories/sites.ts';
import { findVendor } from '../../db/repositories/vendors.ts';
import { AppError } from '../../http/app-error.ts';
import { entityCommands } from './entity-commands.ts';

export const siteCommands = entityCommands<Site, SiteInput>({
  resource: 'site',
  label: 'Site',
  clash: (input) => ({
    duplicate: { field: 'name', message: `This vendor already has a site named "${input?.name ?? ''}"` },
    inUse: 'This site is still used by allocations: change them first',
  }),
  find: findSite,
  insert: insertSite,
  update: updateSite,
  delete: deleteSite,
  async check(db, actor, input) {
    if (!(await findVendor(db, readScope(actor), input.vendorId))) {
      throw AppError.rules([
        { path: ['vendorId'], code: 'site.unknown_vendor', message: 'No such vendor in this workspace' },
      ]);
    }
  },
});
