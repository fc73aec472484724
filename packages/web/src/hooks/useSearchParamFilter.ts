import { useSearchParams } from 'react-router';

export interface SearchParamFilter {
  /** the chosen id, or null when nothing is filtered */
  readonly value: string | null;
  readonly set: (value: string | null) => void;
}

/**
 * A list filter kept in the address (?vendor=…), so that it survives a reload and other pages can
 * link to the filtered list. Changing it replaces the history entry rather than adding one.
 */
export function useSearchParamFilter(name: string): SearchParamFilter {
  const [params, setParams] = useSearchParams();
  const set = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return { value: params.get(name), set };
}
