import { describe, expect, it } from 'vitest';
import { tokenizeText } from './normalize-text.ts';

const values = (text: string): string[] => tokenizeText(text).map((t) => t.value);

describe('tokenizeText', () => {
  it('folds case, accents, punctuation and typographic apostrophes', () => {
    expect(values('L’ÉCHÉANCIER… (Cœur)!')).toEqual(['le', 'echeancier', 'coeur']);
  });

  it('spells out French elisions and keeps words with an inner apostrophe whole', () => {
    expect(values("j'ai vérifié qu'il n'y a pas d'erreur aujourd'hui")).toEqual([
      'je',
      'ai',
      'verifie',
      'que',
      'il',
      'ne',
      'y',
      'a',
      'pas',
      'de',
      'erreur',
      'aujourdhui',
    ]);
  });

  it('spells out English contractions', () => {
    expect(values("I'm sorry, I can't and won't; we'll see, you've got it, cannot")).toEqual([
      'i',
      'am',
      'sorry',
      'i',
      'can',
      'not',
      'and',
      'will',
      'not',
      'we',
      'will',
      'see',
      'you',
      'have',
      'got',
      'it',
      'can',
      'not',
    ]);
  });

  it('splits hyphenated words', () => {
    expect(values('est-ce que')).toEqual(['est', 'ce', 'que']);
  });

  it('reads spoken numbers as their value, in French and English', () => {
    expect(values('vingt-quatre heures')).toEqual(['24', 'heures']);
    expect(values('quatre-vingt-dix-sept euros')).toEqual(['97', 'euros']);
    expect(values('soixante et onze, soixante-dix-huit, quatre-vingts')).toEqual(['71', '78', '80']);
    expect(values('deux cent trente euros')).toEqual(['230', 'euros']);
    expect(values('trois mille deux cents')).toEqual(['3200']);
    expect(values('vingt et un jours')).toEqual(['21', 'jours']);
    expect(values('dix-sept')).toEqual(['17']);
    expect(values('two hundred and five dollars')).toEqual(['205', 'dollars']);
    expect(values('forty-eight hours')).toEqual(['48', 'hours']);
  });

  it('reads a number word after an elision as a number too', () => {
    expect(values("qu'un conseiller")).toEqual(['que', '1', 'conseiller']);
  });

  it('keeps digits read one by one as separate numbers', () => {
    expect(values('zéro six douze trente-quatre')).toEqual(['0', '6', '12', '34']);
    expect(values('quatre neuf sept')).toEqual(['4', '9', '7']);
  });

  it('does not join et/and to a number that cannot take it', () => {
    expect(values('deux et trois')).toEqual(['2', 'et', '3']);
    expect(values('vingt et quelques')).toEqual(['20', 'et', 'quelques']);
  });

  it('gives each token its place in the original text', () => {
    const text = "Bonjour, l'équipe vingt-deux";
    const tokens = tokenizeText(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Bonjour', "l'", 'équipe', 'vingt-deux']);
  });
});
