import { Alert, Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconColumns, IconPlayerPlay } from '@tabler/icons-react';
import type { Activity, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BUILT_IN_PROFILES } from '../../api/imports';
import type { MappingProfile } from '../../api/mapping-profiles';
import { nameOptions } from '../../components/options';
import { useWsHref } from '../../hooks/workspace';
import { FileDrop } from './FileDrop';
import type { ImportDraft } from './importDraft';
import { profileLabel } from './profileLabel';

/** The profile choice that leads to the mapping screen instead of an import. */
const NEW_MAPPING = '__new_mapping__';

export interface ImportChoice {
  readonly file: File;
  readonly profile: string;
  readonly vendorId: string | null;
  readonly activityId: string | null;
}

interface ChoiceValues {
  file: File | null;
  profile: string | null;
  vendorId: string | null;
  activityId: string | null;
}

interface ChooseFileStepProps {
  readonly initial: ImportDraft & { readonly profile: string | null };
  readonly vendors: readonly Vendor[];
  readonly activities: readonly Activity[];
  readonly mappings: readonly MappingProfile[];
  readonly starting: boolean;
  readonly onStart: (choice: ImportChoice) => void;
}

/** Step 1: the file, how to read it, and whose contacts they are. */
export function ChooseFileStep({
  initial,
  vendors,
  activities,
  mappings,
  starting,
  onStart,
}: ChooseFileStepProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  const form = useForm<ChoiceValues>({
    initialValues: {
      file: initial.file,
      profile: initial.profile,
      vendorId: initial.vendorId,
      activityId: initial.activityId,
    },
    validate: {
      file: (file) => (file ? null : t('imports.wizard.fileRequired')),
      profile: (profile) =>
        profile === NEW_MAPPING
          ? t('imports.wizard.mappingFirst')
          : profile
            ? null
            : t('imports.wizard.profileRequired'),
    },
  });
  const { values } = form;
  const draft: ImportDraft = { file: values.file, vendorId: values.vendorId, activityId: values.activityId };
  const profileData = [
    {
      group: t('imports.wizard.builtInGroup'),
      items: BUILT_IN_PROFILES.map((p) => ({ value: p, label: profileLabel(t, p, []) })),
    },
    ...(mappings.length > 0 ? [{ group: t('imports.wizard.savedGroup'), items: nameOptions(mappings) }] : []),
    {
      group: t('imports.wizard.otherGroup'),
      items: [{ value: NEW_MAPPING, label: t('imports.wizard.newMapping') }],
    },
  ];

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        if (v.file && v.profile) {
          onStart({ file: v.file, profile: v.profile, vendorId: v.vendorId, activityId: v.activityId });
        }
      })}
    >
      <Stack gap="md">
        <FileDrop
          label={t('imports.wizard.file')}
          required
          file={values.file}
          onChange={(file) => form.setFieldValue('file', file)}
          error={form.errors.file ? String(form.errors.file) : undefined}
        />
        <Select
          label={t('imports.wizard.profile')}
          description={t('imports.wizard.profileHelp')}
          required
          searchable
          data={profileData}
          {...form.getInputProps('profile')}
        />
        {values.profile === NEW_MAPPING ? (
          <Alert color="blue" icon={<IconColumns size={18} />} title={t('imports.wizard.newMappingTitle')}>
            {t('imports.wizard.newMappingText')}
            <Group mt="sm">
              <Button
                component={Link}
                to={href('imports/mappings/new')}
                state={{ draft }}
                variant="light"
                leftSection={<IconColumns size={16} aria-hidden />}
              >
                {t('imports.wizard.newMappingGo')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('imports.wizard.vendor')}
            description={t('imports.wizard.vendorHelp')}
            clearable
            searchable
            data={nameOptions(vendors)}
            {...form.getInputProps('vendorId')}
          />
          <Select
            label={t('imports.wizard.activity')}
            description={t('imports.wizard.activityHelp')}
            clearable
            searchable
            data={nameOptions(activities)}
            {...form.getInputProps('activityId')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button component={Link} to={href('imports')} variant="default">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={starting} leftSection={<IconPlayerPlay size={16} aria-hidden />}>
            {t('imports.wizard.runDryRun')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
