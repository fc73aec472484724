import type { Vendor, VendorInput } from '@vigie/core';
import { deleteVendor, findVendor, insertVendor, updateVendor } from '../../db/repositories/vendors.ts';
import { AppError } from '../../http/app-error.ts';
import { entityCommands } from './entity-commands.ts';

export const vendorCommands = entityCommands<Vendor, VendorInput>({
  resource: 'vendor',
  label: 'Vendor',
  clash: (input) => ({
    duplicate: {
      field: 'name',
      message: `A vendor named "${input?.name ?? ''}" already exists in this workspace`,
    },
    inUse: 'This vendor still has sites, allocations or invitations: remove them first',
  }),
  find: findVendor,
  insert: insertVendor,
  update: updateVendor,
  delete: deleteVendor,
  // memberships name their vendor without a foreign key (most members have none)
  async checkDelete(db, vendor) {
    const bound = await db
      .selectFrom('membership')
      .select('userId')
      .where('vendorId', '=', vendor.id)
      .executeTakeFirst();
    if (bound)
      throw new AppError('conflict', 'Vendor users are still bound to this vendor: remove them first');
  },
});
