import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconCopy, IconPlus, IconRestore, IconX } from '@tabler/icons-react';
import { DEFAULT_OPENING_HOURS, WEEKDAYS, type Weekday } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { type ActivityFormValues, toWeekValues } from './activityValues';
import { weekdayName } from './openingHours';

const MAX_SLOTS = 6;
const WORKDAYS: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

interface TimeFieldProps {
  readonly label: string;
  readonly placeholder: string;
  readonly inputProps: GetInputPropsReturnType;
}

/** One end of a slot, HH:MM. Its error is written under the slot, so the input is only outlined. */
function TimeField({ label, placeholder, inputProps }: TimeFieldProps) {
  return (
    <TextInput
      aria-label={label}
      placeholder={placeholder}
      inputMode="numeric"
      maxLength={5}
      w={80}
      {...inputProps}
      error={Boolean(inputProps.error)}
    />
  );
}

/** Each weekday on a row, with zero (closed) to six opening slots written HH:MM. */
export function OpeningHoursEditor({ form }: { readonly form: UseFormReturnType<ActivityFormValues> }) {
  const { t } = useTranslation();
  const week = form.values.openingHours;

  const copyMonday = () => {
    const monday = week.mon;
    for (const day of WORKDAYS) {
      form.setFieldValue(
        `openingHours.${day}`,
        monday.map((s) => ({ ...s, key: randomId() })),
      );
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconRestore size={14} aria-hidden />}
          onClick={() => form.setFieldValue('openingHours', toWeekValues(DEFAULT_OPENING_HOURS))}
        >
          {t('openingHours.usual')}
        </Button>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconCopy size={14} aria-hidden />}
          onClick={copyMonday}
        >
          {t('openingHours.copyMonday')}
        </Button>
      </Group>
      <Stack gap={0}>
        {WEEKDAYS.map((day) => {
          const dayName = weekdayName(day);
          const slots = week[day];
          const dayError = form.errors[`openingHours.${day}`];
          return (
            <Group
              key={day}
              role="group"
              aria-label={dayName}
              data-testid={`opening-${day}`}
              align="flex-start"
              gap="xs"
              py="xs"
              style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
            >
              <Text fw={600} size="sm" w={110} pt={6}>
                {dayName}
              </Text>
              <Stack gap={6} style={{ flex: '1 1 14rem' }}>
                {slots.length === 0 ? (
                  <Text size="sm" c="dimmed" pt={6}>
                    {t('openingHours.closed')}
                  </Text>
                ) : null}
                {slots.map((slot, i) => {
                  const n = i + 1;
                  const path = `openingHours.${day}.${i}`;
                  const startProps = form.getInputProps(`${path}.start`);
                  const endProps = form.getInputProps(`${path}.end`);
                  const slotErrors = [startProps.error, endProps.error].filter(Boolean);
                  return (
                    <Stack key={slot.key} gap={2}>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <TimeField
                          label={t('openingHours.start', { day: dayName, n })}
                          placeholder="08:00"
                          inputProps={startProps}
                        />
                        <Text pt={6} aria-hidden>
                          –
                        </Text>
                        <TimeField
                          label={t('openingHours.end', { day: dayName, n })}
                          placeholder="20:00"
                          inputProps={endProps}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          mt={4}
                          aria-label={t('openingHours.remove', { day: dayName, n })}
                          onClick={() => form.removeListItem(`openingHours.${day}`, i)}
                        >
                          <IconX size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                      {slotErrors.map((message) => (
                        <Text key={String(message)} size="xs" c="red" role="alert">
                          {message}
                        </Text>
                      ))}
                    </Stack>
                  );
                })}
                {dayError ? (
                  <Text size="xs" c="red" role="alert">
                    {dayError}
                  </Text>
                ) : null}
                {slots.length < MAX_SLOTS ? (
                  <Group>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPlus size={12} aria-hidden />}
                      aria-label={t('openingHours.addOn', { day: dayName })}
                      onClick={() =>
                        form.insertListItem(`openingHours.${day}`, {
                          key: randomId(),
                          start: slots.at(-1)?.end ?? '09:00',
                          end: slots.length > 0 ? '' : '18:00',
                        })
                      }
                    >
                      {t('openingHours.add')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
