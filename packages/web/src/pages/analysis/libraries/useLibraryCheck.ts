import { useDebouncedValue } from '@mantine/hooks';
import { checkLibrary, type Library, librarySchema, type RuleError } from '@vigie/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { issuesToErrors } from '../../../forms/issues';
import { errorsByRule } from './ruleErrors';

/** How long typing may go on before the library is checked again. */
export const CHECK_DELAY_MS = 200;

export interface LibraryCheck {
  /** the library as last checked (the draft, a moment ago) */
  readonly checked: Library;
  /** each rule's errors (syntax, references, fields), by rule index */
  readonly ruleErrors: Map<number, RuleError[]>;
  /** errors of fields by path: 'name.fr', 'rules.3.label.en'… */
  readonly fieldErrors: Record<string, string>;
}

/** Checks the library being edited in the browser with core's checkLibrary, debounced. */
export function useLibraryCheck(t: TFunction, draft: Library): LibraryCheck {
  const [checked] = useDebouncedValue(draft, CHECK_DELAY_MS);
  return useMemo(() => checkDraft(t, checked), [t, checked]);
}

/** The same check at once (before saving). */
export function checkDraft(t: TFunction, library: Library): LibraryCheck {
  const { errors } = checkLibrary(library);
  const shape = librarySchema.safeParse(library);
  return {
    checked: library,
    ruleErrors: errorsByRule(library.rules, errors),
    fieldErrors: shape.success ? {} : issuesToErrors(t, shape.error.issues),
  };
}

/** Field errors of rule `index`, keyed inside the rule ('label.fr'). */
export function ruleFieldErrors(
  fieldErrors: Readonly<Record<string, string>>,
  index: number,
): Record<string, string> {
  const prefix = `rules.${index}.`;
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fieldErrors))
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = message;
  return out;
}
