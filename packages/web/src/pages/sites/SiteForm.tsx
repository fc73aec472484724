import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SHORES, type Shore, type Site, type SiteInput, siteInputSchema, type Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useSaveSite } from '../../api/sites';
import { countryOptions, languageOptions } from '../../components/countries';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { enumOptions, nameOptions } from '../../components/options';
import { zodErrors } from '../../forms/issues';
import { useSaveAndReturn } from '../../forms/useSaveAndReturn';
import { useWorkspace } from '../../hooks/workspace';

interface SiteFormValues {
  vendorId: string | null;
  name: string;
  city: string;
  country: string | null;
  shore: Shore | null;
  languages: string[];
  seats: number | string;
}

/** What the form would send; the core schema checks it before it goes. */
function toCandidate(v: SiteFormValues) {
  return {
    vendorId: v.vendorId ?? '',
    name: v.name,
    city: v.city,
    country: v.country ?? '',
    shore: v.shore,
    languages: v.languages,
    seats: v.seats === '' ? Number.NaN : Number(v.seats),
  };
}

interface SiteFormProps {
  readonly site: Site | null;
  readonly vendors: readonly Vendor[];
  readonly defaultVendorId: string | null;
}

export function SiteForm({ site, vendors, defaultVendorId }: SiteFormProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const save = useSaveSite(workspaceId);
  const onlyVendor = vendors.length === 1 ? (vendors[0]?.id ?? null) : null;
  const form = useForm<SiteFormValues>({
    initialValues: {
      vendorId:
        site?.vendorId ?? (vendors.some((v) => v.id === defaultVendorId) ? defaultVendorId : onlyVendor),
      name: site?.name ?? '',
      city: site?.city ?? '',
      country: site?.country ?? 'FR',
      shore: site?.shore ?? 'onshore',
      languages: site?.languages ?? ['fr'],
      seats: site?.seats ?? 0,
    },
    validate: (values) => zodErrors(t, siteInputSchema, toCandidate(values)),
  });

  const { submit, saving, listHref } = useSaveAndReturn({
    form,
    save,
    id: site?.id,
    listPath: 'sites',
    toInput: (values): SiteInput => siteInputSchema.parse(toCandidate(values)),
    savedMessage: ({ name }) => t('sites.saved', { name }),
    conflict: { field: 'name', message: t('sites.nameTaken') },
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('sites.fields.vendor')}
            required
            searchable
            data={nameOptions(vendors)}
            {...form.getInputProps('vendorId')}
          />
          <TextInput label={t('sites.fields.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('sites.fields.city')} required {...form.getInputProps('city')} />
          <Select
            label={t('sites.fields.country')}
            required
            searchable
            data={countryOptions(t, form.values.country ?? undefined)}
            {...form.getInputProps('country')}
          />
          <Select
            label={t('sites.fields.shore')}
            description={t('sites.shoreHint')}
            required
            allowDeselect={false}
            data={enumOptions(t, 'shore', SHORES)}
            {...form.getInputProps('shore')}
          />
          <NumberInput
            label={t('sites.fields.seats')}
            description={t('sites.seatsHint')}
            required
            min={0}
            max={100000}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('seats')}
          />
        </SimpleGrid>
        <MultiSelect
          labelProps={{ 'data-required': true }}
          label={t('sites.fields.languages')}
          required
          searchable
          data={languageOptions(form.values.languages)}
          {...form.getInputProps('languages')}
        />
        <FormAlert
          errors={form.errors}
          fieldKeys={['vendorId', 'name', 'city', 'country', 'shore', 'languages', 'seats']}
        />
        <FormActions cancel={listHref} saving={saving} />
      </Stack>
    </form>
  );
}
