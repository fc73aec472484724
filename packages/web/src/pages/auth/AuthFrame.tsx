import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconEye } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** The centred card of the pages seen before signing in. */
export function AuthFrame({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · Vigie`);
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between">
          <Group gap={6}>
            <IconEye size={28} color="var(--mantine-color-indigo-7)" aria-hidden />
            <Text fw={800} size="xl" c="indigo.8">
              Vigie
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb={4}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" mb="lg">
            {t('app.tagline')}
          </Text>
          {children}
        </Paper>
      </Stack>
    </Center>
  );
}

/** Only same-site paths are followed after signing in. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
