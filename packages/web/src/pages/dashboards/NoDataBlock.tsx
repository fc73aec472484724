import { Button } from '@mantine/core';
import { IconChartBarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { useCan, useWsHref } from '../../hooks/workspace';

/** No contact record in the period: say so, and point those who can to the imports. */
export function NoDataBlock() {
  const { t } = useTranslation();
  const allowed = useCan();
  const href = useWsHref();
  const canImport = allowed('create', 'import');
  return (
    <EmptyBlock
      icon={<IconChartBarOff size={28} />}
      title={t('dashboards.noData.title')}
      description={canImport ? t('dashboards.noData.importHint') : t('dashboards.noData.otherPeriod')}
      action={
        canImport ? (
          <Button component={Link} to={href('imports')}>
            {t('dashboards.noData.import')}
          </Button>
        ) : null
      }
    />
  );
}
