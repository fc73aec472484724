import type { UseFormReturnType } from '@mantine/form';
import { createContext, useContext } from 'react';
import type { ContractFormValues } from './contractValues';

export type ContractForm = UseFormReturnType<ContractFormValues>;

/** What every part of the editor needs: the form, its fields with their messages, the currency. */
export interface EditorKit {
  readonly form: ContractForm;
  /** the input props of a field, its message included (the server's, else the live check's) */
  readonly field: (path: string) => ReturnType<ContractForm['getInputProps']>;
  /** the message of a path that is not an input (a list, a rule, a step) */
  readonly errorOf: (path: string) => string | undefined;
  /** how many problems lie under a path ('versions.1'), to flag a tab that hides them */
  readonly countIn: (prefix: string) => number;
  readonly currency: string;
}

export const EditorContext = createContext<EditorKit | null>(null);

export function useEditor(): EditorKit {
  const kit = useContext(EditorContext);
  if (!kit) throw new Error('useEditor must be used inside the contract editor');
  return kit;
}
