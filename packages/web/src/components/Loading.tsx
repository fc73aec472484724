import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading({ fullPage = false }: { readonly fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? '100vh' : 200} role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
