import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether a drawn sample mirrors its population on every dimension compared. */
export function RepresentativeBadge({ representative }: { readonly representative: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={representative ? 'teal' : 'yellow'} variant="light" data-testid="representative-badge">
      {representative ? t('samples.representative.yes') : t('samples.representative.no')}
    </Badge>
  );
}
