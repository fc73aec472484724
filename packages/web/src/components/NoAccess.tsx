import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from './EmptyBlock';

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <EmptyBlock
      icon={<IconLock size={28} />}
      title={t('errors.forbidden')}
      description={t('common.noAccessHint')}
    />
  );
}
