import type { UseFormReturnType } from '@mantine/form';
import { mappingDefinitionSchema } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { useSaveMappingProfile } from '../../api/mapping-profiles';
import { notifySuccess } from '../../forms/errors';
import { issueMessage } from '../../forms/issues';
import { useWorkspace, useWsHref } from '../../hooks/workspace';
import type { ImportDraft } from '../imports/importDraft';
import { definitionErrorKey } from './mappingErrors';
import { type MappingValues, toCandidate } from './mappingValues';

/** The form is long: a refused save brings the first field in error into view, and focus. */
function focusFirstError(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * The submit of the mapping screen: save, then go back to the mappings, or to the import wizard
 * the user came from (with the saved mapping chosen and the same file). A refusal shows beside
 * the fields the server names; anything else above the buttons.
 */
export function useSaveMapping(
  form: UseFormReturnType<MappingValues>,
  profileId: string | undefined,
  draft: ImportDraft | null,
) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const save = useSaveMappingProfile(workspaceId);
  const [serverError, setServerError] = useState<unknown>(null);

  const placeError = (error: Error) => {
    if (isApiError(error) && error.status === 409) {
      form.setFieldError('name', t('mapping.nameTaken'));
    } else if (
      isApiError(error) &&
      error.issues.length > 0 &&
      (error.status === 400 || error.status === 422)
    ) {
      form.setErrors(
        Object.fromEntries(error.issues.map((i) => [definitionErrorKey(i.path), issueMessage(t, i)])),
      );
    } else {
      setServerError(error);
      return;
    }
    focusFirstError();
  };

  const submit = form.onSubmit((values) => {
    setServerError(null);
    // validation has passed: the schema holds
    const definition = mappingDefinitionSchema.parse(toCandidate(values));
    save.mutate(
      { id: profileId, definition },
      {
        onSuccess: (saved) => {
          notifySuccess(t('mapping.saved', { name: saved.name }));
          if (draft) {
            void navigate(href(`imports/new?profile=${encodeURIComponent(saved.id)}`), { state: { draft } });
          } else void navigate(href('imports/mappings'));
        },
        onError: placeError,
      },
    );
  }, focusFirstError);

  return { submit, saving: save.isPending, serverError };
}
