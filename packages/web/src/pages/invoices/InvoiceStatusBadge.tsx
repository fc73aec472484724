import { Badge } from '@mantine/core';
import type { InvoiceStatus } from '@vigie/core';
import { useTranslation } from 'react-i18next';

const COLORS: Readonly<Record<InvoiceStatus, string>> = {
  draft: 'gray',
  issued: 'blue',
  disputed: 'orange',
  agreed: 'teal',
};

/** Where an invoice stands: draft, issued, disputed, agreed. */
export function InvoiceStatusBadge({ status }: { readonly status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="invoice-status">
      {t(`invoices.status.${status}`)}
    </Badge>
  );
}
