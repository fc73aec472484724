import type { Library, LibraryRule } from '../library/library.ts';
import type { SpeakerRole, Transcript } from '../transcript.ts';

/** A call from [speaker, start, end, text] rows, for the rule tests. */
export function testCall(
  rows: [SpeakerRole, number, number, string][],
  durationSeconds?: number,
): Transcript {
  return {
    callId: 'c1',
    language: 'fr',
    links: {},
    ...(durationSeconds === undefined ? {} : { durationSeconds }),
    turns: rows.map(([speaker, start, end, text]) => ({ speaker, start, end, text })),
  };
}

/** A library of reactions (no theme needed) from id → rule text, plus optional definitions. */
export function testLibrary(
  rules: Record<string, string>,
  definitions: Record<string, string> = {},
): Library {
  const rule = (id: string, text: string, kind: LibraryRule['kind']): LibraryRule => ({
    id,
    kind,
    label: { fr: id, en: id },
    rule: text,
  });
  return {
    id: 'test',
    language: 'fr',
    name: { fr: 'Test', en: 'Test' },
    rules: [
      ...Object.entries(rules).map(([id, text]) => rule(id, text, 'reaction')),
      ...Object.entries(definitions).map(([id, text]) => rule(id, text, 'definition')),
    ],
  };
}
