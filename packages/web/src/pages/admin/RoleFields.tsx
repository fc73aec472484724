import { Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { ROLES, type Role, type Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { enumOptions, nameOptions } from '../../components/options';

export interface RoleValues {
  role: Role | null;
  vendorId: string | null;
}

/** What RoleFields needs of a Mantine form holding RoleValues (among other fields, maybe). */
export interface RoleForm {
  readonly values: RoleValues;
  readonly getInputProps: (path: 'role' | 'vendorId') => GetInputPropsReturnType;
  readonly setFieldValue: (path: 'vendorId', value: null) => void;
}

interface RoleFieldsProps {
  readonly form: RoleForm;
  readonly vendors: readonly Vendor[];
}

/** Role, and the vendor a vendor user is bound to (shown only for that role). */
export function RoleFields({ form, vendors }: RoleFieldsProps) {
  const { t } = useTranslation();
  const { role } = form.values;
  const roleProps = form.getInputProps('role');
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
          // the vendor binding belongs to the vendor role only: leaving it drops the binding
          if (value !== 'vendor') form.setFieldValue('vendorId', null);
        }}
      />
      {role === 'vendor' ? (
        <Select
          label={t('users.fields.vendor')}
          required
          searchable
          data={nameOptions(vendors)}
          {...form.getInputProps('vendorId')}
        />
      ) : null}
    </>
  );
}
