import { isTimeZone, mappingDefinitionSchema } from '@vigie/core';
import type { TFunction } from 'i18next';
import { type FormErrors, issueMessage } from '../../forms/issues';
import { MAPPING_FIELDS } from './mappingFields';
import { type MappingValues, toCandidate } from './mappingValues';

/** The form key an issue of a definition belongs to: a field's row (`fields.offeredAt`) or a top-level option. */
export function definitionErrorKey(path: readonly PropertyKey[]): string {
  if (path[0] === 'fields' && path[1] !== undefined) return `fields.${String(path[1])}`;
  return String(path[0] ?? '');
}

/**
 * The mapping's errors, keyed by form path: first what the screen can say in the user's words
 * (a required field left unmapped, a value not typed), then whatever core's schema refuses.
 */
export function mappingErrors(t: TFunction, values: MappingValues): FormErrors {
  const errors: FormErrors = {};
  if (values.name.trim() === '') errors.name = t('validation.required');
  for (const { key, required } of MAPPING_FIELDS) {
    const { pick, text, dateColumn, timeColumn } = values.fields[key];
    if (required && pick === '') errors[`fields.${key}`] = t('mapping.errors.required');
    if (pick === 'text' && text.trim() === '') errors[`fields.${key}`] = t('mapping.errors.text');
    if (pick === 'split' && (!dateColumn || !timeColumn)) errors[`fields.${key}`] = t('mapping.errors.split');
  }
  if (values.fields.disposition.pick === '' && values.fields.answeredAt.pick === '') {
    errors['fields.disposition'] = t('mapping.errors.dispositionOrAnswer');
  }
  if (!isTimeZone(values.timeZone.trim())) errors.timeZone = t('mapping.errors.timeZone');
  if (Object.keys(errors).length > 0) return errors;

  const result = mappingDefinitionSchema.safeParse(toCandidate(values));
  if (result.success) return {};
  for (const issue of result.error.issues) {
    const key = definitionErrorKey(issue.path);
    if (!(key in errors)) errors[key] = issueMessage(t, issue);
  }
  return errors;
}
