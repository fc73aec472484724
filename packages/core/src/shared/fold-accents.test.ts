import { expect, it } from 'vitest';
import { foldAccents } from './fold-accents.ts';

it('drops accents and keeps everything else', () => {
  expect(foldAccents('Conseillère à l’écoute, Ç ß 12 €')).toBe('Conseillere a l’ecoute, C ß 12 €');
});
