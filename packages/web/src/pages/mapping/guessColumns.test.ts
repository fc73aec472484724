import { describe, expect, it } from 'vitest';
import { guessColumns, guessDisposition, normalizeName } from './guessColumns';

describe('guessColumns', () => {
  it('maps the obvious French columns of a telephony export', () => {
    expect(guessColumns(['id_appel', 'date_appel', 'attente_s', 'duree_s', 'statut', 'conseiller'])).toEqual({
      id: 'id_appel',
      offeredAt: 'date_appel',
      waitSeconds: 'attente_s',
      talkSeconds: 'duree_s',
      disposition: 'statut',
      agent: 'conseiller',
    });
  });

  it('gives the specific field its column before a general one contains it', () => {
    const guess = guessColumns(['Durée attente', 'Durée', 'Date fin', 'Date', 'ID client', 'ID']);
    expect(guess).toMatchObject({
      waitSeconds: 'Durée attente',
      talkSeconds: 'Durée',
      endedAt: 'Date fin',
      offeredAt: 'Date',
      customerId: 'ID client',
      id: 'ID',
    });
  });

  it('uses each column once and leaves unknown columns alone', () => {
    const guess = guessColumns(['agent', 'zzz']);
    expect(guess).toEqual({ agent: 'agent' });
  });
});

describe('guessDisposition', () => {
  it('reads French and English statuses, accents and case aside', () => {
    expect(guessDisposition('Répondu')).toBe('answered');
    expect(guessDisposition('ABANDONNÉ')).toBe('abandoned');
    expect(guessDisposition('non répondu')).toBe('abandoned');
    expect(guessDisposition('Abandon court')).toBe('short_abandoned');
    expect(guessDisposition('Dissuadé SVI')).toBe('vru_only');
    expect(guessDisposition('transferred')).toBe('transferred');
    expect(guessDisposition('xyz')).toBeNull();
  });
});

describe('normalizeName', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalizeName("  Durée d'attente (s) ")).toBe('duree_d_attente_s');
  });
});
