import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fetchLibrary, type LibrarySummary, useCreateLibrary } from '../../../api/libraries';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { analysisPaths } from '../shared/paths';
import { ID_PATTERN, slugify } from './librarySlug';

interface CopyLibraryModalProps {
  /** the shipped library to copy; null: closed */
  readonly source: LibrarySummary | null;
  readonly onClose: () => void;
}

interface CopyValues {
  nameFr: string;
  nameEn: string;
  id: string;
}

/** Copies a shipped library into the workspace under a new name and id, then opens it to edit. */
export function CopyLibraryModal({ source, onClose }: CopyLibraryModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={source !== null} onClose={onClose} title={t('analysis.libraries.copyTitle')} size="lg">
      {source ? <CopyForm source={source} onClose={onClose} /> : null}
    </Modal>
  );
}

function CopyForm({ source, onClose }: { readonly source: LibrarySummary; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const create = useCreateLibrary(workspaceId);
  const nameFr = t('analysis.libraries.copyNameFr', { name: source.name });
  const form = useForm<CopyValues>({
    initialValues: {
      nameFr,
      nameEn: t('analysis.libraries.copyNameEn', { name: source.name }),
      id: slugify(nameFr),
    },
    validate: {
      nameFr: (v) => (v.trim() ? null : t('validation.required')),
      nameEn: (v) => (v.trim() ? null : t('validation.required')),
      id: (v) => (ID_PATTERN.test(v) ? null : t('analysis.editor.idInvalid')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const shipped = await fetchLibrary(workspaceId, source.id);
      const library = {
        ...shipped.library,
        id: values.id,
        name: { fr: values.nameFr.trim(), en: values.nameEn.trim() },
      };
      create.mutate(
        { library, basedOn: source.id },
        {
          onSuccess: (record) => {
            notifySuccess(t('analysis.libraries.copied'));
            onClose();
            void navigate(href(analysisPaths.library(record.id)));
          },
          onError: (error) => notifyError(t, error),
        },
      );
    } catch (error) {
      notifyError(t, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('analysis.libraries.copyIntro', { name: source.name })}
        </Text>
        <TextInput
          label={t('analysis.editor.nameFr')}
          required
          data-autofocus
          {...form.getInputProps('nameFr')}
          onChange={(e) => {
            const value = e.currentTarget.value;
            form.setFieldValue('nameFr', value);
            if (!form.isTouched('id')) form.setFieldValue('id', slugify(value));
          }}
        />
        <TextInput label={t('analysis.editor.nameEn')} required {...form.getInputProps('nameEn')} />
        <TextInput
          label={t('analysis.editor.libraryId')}
          description={t('analysis.editor.idHint')}
          required
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('id')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('analysis.libraries.copyConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
