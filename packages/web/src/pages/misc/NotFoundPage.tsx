import { Button, Center } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center p="md" mih={320}>
      <EmptyBlock
        icon={<IconMapQuestion size={28} />}
        title={t('notFound.title')}
        description={t('notFound.text')}
        action={
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        }
      />
    </Center>
  );
}
