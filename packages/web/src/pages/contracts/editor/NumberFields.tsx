import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEditor } from './editorContext';

interface NumberFieldProps {
  readonly path: string;
  readonly label: string;
  /** "%", "s", "EUR"… beside the value */
  readonly unit?: string;
  readonly description?: ReactNode;
  readonly required?: boolean;
}

/**
 * A number typed as text, so that "12,5" and "1 234.50" are read exactly (decimal.ts) and a
 * wrong entry gets a message instead of being silently changed.
 */
export function NumberField({ path, label, unit, description, required }: NumberFieldProps) {
  const { field } = useEditor();
  return (
    <TextInput
      label={label}
      description={description}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      rightSection={unit}
      rightSectionWidth={unit && unit.length > 2 ? 48 : 32}
      {...field(path)}
    />
  );
}

/** An amount typed in currency units ("28.50"), stored in cents. */
export function MoneyField(props: Omit<NumberFieldProps, 'unit'>) {
  const { currency } = useEditor();
  return <NumberField {...props} unit={currency} />;
}
