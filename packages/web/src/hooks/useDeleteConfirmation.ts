import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDeleteError, notifySuccess } from '../forms/errors';

/** What the hook needs of a delete mutation (useDeleteResource's result fits). */
export interface DeleteMutation {
  readonly mutate: (
    id: string,
    callbacks: { onSuccess: () => void; onError: (error: Error) => void; onSettled: () => void },
  ) => void;
  readonly isPending: boolean;
}

interface DeleteTexts<T> {
  /** the confirmation's title */
  readonly title: string;
  /** the confirmation's question about the item */
  readonly question: (item: T) => string;
  /** the notification once the item is gone */
  readonly deleted: (item: T) => string;
  /** the title of the notification when the server refuses */
  readonly failed: string;
}

/** What ListPage needs to show the confirmation. */
export interface DeleteConfirmation<T> {
  /** the item the user is asked about; null while no confirmation is open */
  readonly target: T | null;
  readonly ask: (item: T) => void;
  readonly cancel: () => void;
  readonly confirm: () => void;
  readonly pending: boolean;
  readonly title: string;
  /** about the target; empty while there is none */
  readonly question: string;
}

/**
 * Delete after the user confirms: remembers which item is asked about, deletes it, says how it
 * went, and closes the confirmation whatever the outcome.
 */
export function useDeleteConfirmation<T extends { readonly id: string }>(
  remove: DeleteMutation,
  texts: DeleteTexts<T>,
): DeleteConfirmation<T> {
  const { t } = useTranslation();
  const [target, setTarget] = useState<T | null>(null);
  const cancel = () => setTarget(null);
  const confirm = () => {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => notifySuccess(texts.deleted(target)),
      onError: (error) => notifyDeleteError(t, error, texts.failed),
      onSettled: cancel,
    });
  };
  return {
    target,
    ask: setTarget,
    cancel,
    confirm,
    pending: remove.isPending,
    title: texts.title,
    question: target ? texts.question(target) : '',
  };
}
