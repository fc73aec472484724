import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SaveVariables } from '../api/crud';
import { useWsHref } from '../hooks/workspace';
import { type FormLike, notifySuccess, showErrorOnForm } from './errors';

/** What the hook needs of a Mantine form whose values are V. */
interface SubmittableForm<V> extends FormLike {
  readonly onSubmit: (handler: (values: V) => void) => (event?: SyntheticEvent<HTMLFormElement>) => void;
}

/** What the hook needs of a save mutation (useSaveResource's result fits). */
interface SaveMutation<I> {
  readonly mutate: (
    variables: SaveVariables<I>,
    callbacks: { onSuccess: () => void; onError: (error: Error) => void },
  ) => void;
  readonly isPending: boolean;
}

interface SaveAndReturnOptions<V, I> {
  readonly form: SubmittableForm<V>;
  readonly save: SaveMutation<I>;
  /** the item's id when editing; undefined creates a new one */
  readonly id: string | undefined;
  /** the list the form came from, inside the workspace ('vendors') */
  readonly listPath: string;
  /** the checked input to send; validation has passed when it is called */
  readonly toInput: (values: V) => I;
  readonly savedMessage: (input: I) => string;
  /** the field a 409 (a name already used) is shown on, and what it says */
  readonly conflict?: { readonly field: string; readonly message: string };
}

/**
 * The submit of a create/edit form: save, say so and go back to the list; a refusal is shown on
 * the form, beside its fields where the server names them.
 */
export function useSaveAndReturn<V, I>({
  form,
  save,
  id,
  listPath,
  toInput,
  savedMessage,
  conflict,
}: SaveAndReturnOptions<V, I>) {
  const { t } = useTranslation();
  const href = useWsHref();
  const navigate = useNavigate();
  const listHref = href(listPath);
  const submit = form.onSubmit((values) => {
    const input = toInput(values);
    save.mutate(
      { id, input },
      {
        onSuccess: () => {
          notifySuccess(savedMessage(input));
          void navigate(listHref);
        },
        onError: (error) =>
          showErrorOnForm(t, form, error, {
            conflictField: conflict?.field,
            conflictMessage: conflict?.message,
          }),
      },
    );
  });
  return { submit, saving: save.isPending, listHref };
}
