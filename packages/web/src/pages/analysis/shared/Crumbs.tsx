import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  readonly label: string;
  /** absent for the page itself */
  readonly to?: string;
}

/** Where this page sits: the analyses, a run, a practice… */
export function Crumbs({ items }: { readonly items: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs
      aria-label={t('analysis.breadcrumbs')}
      mb="xs"
      separatorMargin={6}
      style={{ flexWrap: 'wrap' }}
    >
      {items.map((item) =>
        item.to ? (
          <Anchor key={item.to} component={Link} to={item.to} size="sm">
            {item.label}
          </Anchor>
        ) : (
          <Text key={item.label} size="sm" c="dimmed" aria-current="page">
            {item.label}
          </Text>
        ),
      )}
    </Breadcrumbs>
  );
}
