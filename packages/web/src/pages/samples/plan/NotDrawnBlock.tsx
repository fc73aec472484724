import { IconDice5 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { DrawButton } from './DrawButton';

/** A plan not drawn yet: what drawing does, and the button for those who may draw. */
export function NotDrawnBlock({ canDraw, planId }: { readonly canDraw: boolean; readonly planId: string }) {
  const { t } = useTranslation();
  return (
    <EmptyBlock
      icon={<IconDice5 size={28} />}
      title={t('samples.plan.notDrawnTitle')}
      description={canDraw ? t('samples.plan.notDrawnText') : t('samples.plan.notDrawnReadOnly')}
      action={canDraw ? <DrawButton planId={planId} /> : null}
    />
  );
}
