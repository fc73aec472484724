import { describe, expect, it } from 'vitest';
import { redactText } from './redact-text.ts';

/**
 * Rules match on the redacted text, so what redaction takes wrongly is lost to them: numbers
 * that are not personal data of these kinds must stay as they are.
 */
const unchanged = [
  'Votre contrat 1234567 est bien actif.',
  'Le montant est de 240 euros, soit 1 240,50 € sur l’année.',
  'Je vous rappelle le 12/03/2024 à 14h30, ou le 12.03.2024 à 14:30.',
  'Ça fait deux cent quarante euros par mois depuis le douze mars deux mille vingt-quatre.',
  'Commande 123456789012 du 16.06.2022, 8842 euros.',
  'Numéro client 4512 3456 7890, code postal 75011 Paris.',
  'Le SIREN 732 829 320 et le ticket 0123456.',
  'La carte se termine par 7893.',
  'Option un, deux ou trois ? Plus de 20 euros de frais, à ce point-là je résilie.',
  "Mon numéro client c'est un deux trois quatre cinq six sept.",
  'The total is $1,299.99, order 1234567 ships on May 3rd 2024.',
  'Press one, then two, then three; in twenty twenty-four we paid nineteen ninety-nine.',
  "It's been 30 days at this point; I'm at home.",
  'The last four digits are 4444 and the account is 10293847.',
];

describe('redactText leaves other numbers alone', () => {
  it.each(unchanged)('%s', (text) => {
    expect(redactText(text)).toEqual({ text, redactions: [] });
  });

  it('keeps a date and an amount apart when a comma and a space part them', () => {
    // joined, 06.2022, 8842 would read 0620228842: a French phone number
    expect(redactText('le 16.06.2022, 8842 euros').redactions).toEqual([]);
  });
});

describe('redactText spans', () => {
  it('gives the spans of the original text, in order', () => {
    const text = 'Tél 06 12 34 56 78 et mail a.b@c.fr';
    const { redactions } = redactText(text);
    expect(redactions).toEqual([
      { type: 'phone', start: 4, end: 18 },
      { type: 'email', start: 27, end: 35 },
    ]);
    expect(redactions.map((r) => text.slice(r.start, r.end))).toEqual(['06 12 34 56 78', 'a.b@c.fr']);
  });

  it('looks only for the types asked for', () => {
    const text = '06 12 34 56 78 et a.b@c.fr';
    expect(redactText(text, { types: ['email'] }).text).toBe('06 12 34 56 78 et [EMAIL]');
  });

  it('keeps the parentheses of a North American area code with the number', () => {
    expect(redactText('(415) 555-0132').redactions).toEqual([{ type: 'phone', start: 0, end: 14 }]);
  });
});
