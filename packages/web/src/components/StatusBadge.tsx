import { Badge } from '@mantine/core';
import type { VendorStatus } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { enumLabel } from './options';

const COLORS: Readonly<Record<VendorStatus, string>> = {
  prospect: 'blue',
  active: 'teal',
  suspended: 'orange',
  ended: 'gray',
};

export function StatusBadge({ status }: { readonly status: VendorStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {enumLabel(t, 'vendorStatus', status)}
    </Badge>
  );
}
