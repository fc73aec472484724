import { Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MappingProfile, MappingSample } from '../../api/mapping-profiles';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { useWsHref } from '../../hooks/workspace';
import { ApiErrorAlert } from '../imports/ApiErrorAlert';
import type { ImportDraft } from '../imports/importDraft';
import { applySample } from './applySample';
import { DispositionValuesInput } from './DispositionValuesInput';
import { distinctValues, withSourceValues } from './dispositionValues';
import { FieldSourceInput } from './FieldSourceInput';
import { FormatOptions } from './FormatOptions';
import { MappingPreview } from './MappingPreview';
import { mappingErrors } from './mappingErrors';
import { MAPPING_FIELD_KEYS, MAPPING_FIELDS, type MappingFieldKey } from './mappingFields';
import { emptyValues, type FieldChoice, fromDefinition, pickedColumn } from './mappingValues';
import { SampleUpload } from './SampleUpload';
import { useSaveMapping } from './useSaveMapping';

interface MappingFormProps {
  readonly profile: MappingProfile | null;
  /** set when the user came from the import wizard, which gets the saved mapping back */
  readonly draft: ImportDraft | null;
}

/** The mapping screen: a sample, a source for each field, the formats, the dispositions, the live preview. */
export function MappingForm({ profile, draft }: MappingFormProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  const navigate = useNavigate();
  const [sample, setSample] = useState<MappingSample | null>(null);
  const form = useForm({
    initialValues: profile ? fromDefinition(profile) : emptyValues(),
    validate: (values) => mappingErrors(t, values),
  });
  const { values } = form;
  const { submit, saving, serverError } = useSaveMapping(form, profile?.id, draft);

  const onSample = (read: MappingSample, fileName: string) => {
    setSample(read);
    // only a new mapping is guessed: a saved one keeps what its author chose
    form.setValues(applySample(form.getValues(), read, fileName, profile === null));
  };

  const setField = (key: MappingFieldKey, choice: FieldChoice) => {
    form.setFieldValue(`fields.${key}`, choice);
    const column = pickedColumn(choice.pick);
    if (key === 'disposition' && column !== null && sample) {
      form.setFieldValue(
        'dispositionValues',
        withSourceValues(values.dispositionValues, distinctValues(sample.records, column)),
      );
    }
  };

  // the picked columns stay choosable when the sample lacks them (a saved mapping, another sample)
  const picked = MAPPING_FIELD_KEYS.flatMap((k) => {
    const { pick, dateColumn, timeColumn } = values.fields[k];
    return [pickedColumn(pick), dateColumn, timeColumn].filter((c): c is string => c !== null);
  });
  const columns = [...new Set([...(sample?.columns ?? []), ...picked])];

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg">
        <TextInput
          label={t('mapping.name')}
          description={t('mapping.nameHelp')}
          required
          maw={480}
          {...form.getInputProps('name')}
        />
        <Fieldset legend={t('mapping.sample.title')} variant="unstyled">
          <SampleUpload initialFile={draft?.file ?? null} sample={sample} onSample={onSample} />
        </Fieldset>
        <Fieldset legend={t('mapping.fieldsTitle')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
            {MAPPING_FIELDS.map((field) => (
              <FieldSourceInput
                key={field.key}
                field={field}
                choice={values.fields[field.key]}
                columns={columns}
                example={sample?.records[0] ?? null}
                error={form.errors[`fields.${field.key}`]?.toString()}
                onChange={(choice) => setField(field.key, choice)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('mapping.format.title')} variant="unstyled">
          <FormatOptions form={form} />
        </Fieldset>
        {pickedColumn(values.fields.disposition.pick) !== null ? (
          <Fieldset legend={t('mapping.dispositions.title')} variant="unstyled">
            <DispositionValuesInput
              rows={values.dispositionValues}
              onChange={(rows) => form.setFieldValue('dispositionValues', rows)}
            />
          </Fieldset>
        ) : null}
        <Fieldset legend={t('mapping.preview.title')} variant="unstyled">
          {sample ? (
            <MappingPreview values={values} sample={sample} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('mapping.preview.noSample')}
            </Text>
          )}
        </Fieldset>
        <FormAlert
          errors={form.errors}
          fieldKeys={[
            'name',
            'fields.*',
            'format',
            'delimiter',
            'timestampFormat',
            'timeZone',
            'durationFormat',
          ]}
        />
        {serverError ? <ApiErrorAlert error={serverError} title={t('mapping.saveFailed')} /> : null}
        <FormActions
          cancel={
            draft ? () => void navigate(href('imports/new'), { state: { draft } }) : href('imports/mappings')
          }
          saving={saving}
          submitLabel={draft ? t('mapping.saveAndImport') : undefined}
        />
      </Stack>
    </form>
  );
}
