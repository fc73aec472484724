import {
  analyzeCall,
  compileLibrary,
  type Hit,
  type Library,
  RuleLanguageError,
  type Transcript,
} from '@vigie/core';
import { useMemo } from 'react';
import { libraryForRule } from './testLibrary';

export type RuleTrial =
  | { readonly state: 'idle' }
  | { readonly state: 'broken' }
  | {
      readonly state: 'done';
      readonly ruleId: string;
      readonly hits: readonly Hit[];
      readonly millis: number;
    };

/**
 * Runs one rule of the library being edited over one call, in the browser (core's compileLibrary
 * and analyzeCall): the hits it finds, or `broken` while the rule (or a definition it uses) has
 * errors.
 */
export function useRuleTrial(library: Library, index: number, transcript: Transcript | undefined): RuleTrial {
  return useMemo(() => {
    if (!transcript) return { state: 'idle' };
    const tried = libraryForRule(library, index);
    if (!tried) return { state: 'idle' };
    const started = performance.now();
    try {
      const compiled = compileLibrary(tried.library);
      const result = analyzeCall(compiled, transcript);
      return {
        state: 'done',
        ruleId: tried.ruleId,
        hits: result.hits.filter((h) => h.ruleId === tried.ruleId),
        millis: performance.now() - started,
      };
    } catch (e) {
      if (e instanceof RuleLanguageError) return { state: 'broken' };
      throw e;
    }
  }, [library, index, transcript]);
}
