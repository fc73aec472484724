import { Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  VENDOR_STATUSES,
  type Vendor,
  type VendorInput,
  type VendorStatus,
  vendorInputSchema,
} from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useSaveVendor } from '../../api/vendors';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { enumOptions } from '../../components/options';
import { zodErrors } from '../../forms/issues';
import { useSaveAndReturn } from '../../forms/useSaveAndReturn';
import { useWorkspace } from '../../hooks/workspace';

interface ContactValues {
  key: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

interface VendorFormValues {
  name: string;
  legalEntity: string;
  status: VendorStatus;
  contacts: ContactValues[];
}

const emptyContact = (): ContactValues => ({ key: randomId(), name: '', role: '', email: '', phone: '' });

function toValues(vendor: Vendor | null): VendorFormValues {
  return {
    name: vendor?.name ?? '',
    legalEntity: vendor?.legalEntity ?? '',
    status: vendor?.status ?? 'active',
    contacts: (vendor?.contacts ?? []).map((c) => ({ key: randomId(), ...c })),
  };
}

function toInput(values: VendorFormValues): VendorInput {
  return {
    name: values.name.trim(),
    legalEntity: values.legalEntity.trim(),
    status: values.status,
    contacts: values.contacts.map(({ name, role, email, phone }) => ({
      name: name.trim(),
      role: role.trim(),
      email: email.trim(),
      phone: phone.trim(),
    })),
  };
}

export function VendorForm({ vendor }: { readonly vendor: Vendor | null }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const save = useSaveVendor(workspaceId);
  const form = useForm<VendorFormValues>({
    initialValues: toValues(vendor),
    validate: (values) => zodErrors(t, vendorInputSchema, toInput(values)),
  });

  const { submit, saving, listHref } = useSaveAndReturn({
    form,
    save,
    id: vendor?.id,
    listPath: 'vendors',
    toInput,
    savedMessage: ({ name }) => t('vendors.saved', { name }),
    conflict: { field: 'name', message: t('vendors.nameTaken') },
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('vendors.fields.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('vendors.fields.legalEntity')} {...form.getInputProps('legalEntity')} />
        </SimpleGrid>
        <Select
          label={t('vendors.fields.status')}
          data={enumOptions(t, 'vendorStatus', VENDOR_STATUSES)}
          allowDeselect={false}
          w={{ base: '100%', sm: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
          {...form.getInputProps('status')}
        />
        <Fieldset legend={t('vendors.contacts.title')} variant="unstyled">
          <Stack gap="sm">
            {form.values.contacts.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('vendors.contacts.empty')}
              </Text>
            ) : null}
            {form.values.contacts.map((contact, i) => (
              <Paper key={contact.key} withBorder p="sm" data-testid={`contact-${i}`}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
                  <TextInput
                    label={t('vendors.contacts.name')}
                    required
                    {...form.getInputProps(`contacts.${i}.name`)}
                  />
                  <TextInput
                    label={t('vendors.contacts.role')}
                    {...form.getInputProps(`contacts.${i}.role`)}
                  />
                  <TextInput
                    label={t('vendors.contacts.email')}
                    type="email"
                    {...form.getInputProps(`contacts.${i}.email`)}
                  />
                  <TextInput
                    label={t('vendors.contacts.phone')}
                    type="tel"
                    {...form.getInputProps(`contacts.${i}.phone`)}
                  />
                </SimpleGrid>
                <Group justify="flex-end" mt="xs">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => form.removeListItem('contacts', i)}
                  >
                    {t('vendors.contacts.remove')}
                  </Button>
                </Group>
              </Paper>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('contacts', emptyContact())}
              >
                {t('vendors.contacts.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <FormAlert errors={form.errors} fieldKeys={['name', 'legalEntity', 'status', 'contacts.*']} />
        <FormActions cancel={listHref} saving={saving} />
      </Stack>
    </form>
  );
}
