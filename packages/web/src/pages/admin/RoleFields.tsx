import { Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { ROLES, type Role, type Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { enumOptions, nameOptions } from '../../components/options';

export interface RoleValues {
  role: Role | null;
  vendorId: string | null;
}

interface RoleFieldsProps {
  readonly role: Role | null;
  readonly roleProps: GetInputPropsReturnType;
  readonly vendorProps: GetInputPropsReturnType;
  /** called when the role leaves 'vendor': the vendor binding must go */
  readonly clearVendor: () => void;
  readonly vendors: readonly Vendor[];
}

/** Role, and the vendor a vendor user is bound to (shown only for that role). */
export function RoleFields({ role, roleProps, vendorProps, clearVendor, vendors }: RoleFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('users.fields.role')}
        description={role ? t(`users.roleHelp.${role}`) : undefined}
        required
        allowDeselect={false}
        data={enumOptions(t, 'role', ROLES)}
        {...roleProps}
        onChange={(value) => {
          roleProps.onChange(value);
          if (value !== 'vendor') clearVendor();
        }}
      />
      {role === 'vendor' ? (
        <Select
          label={t('users.fields.vendor')}
          required
          searchable
          data={nameOptions(vendors)}
          {...vendorProps}
        />
      ) : null}
    </>
  );
}
