import { describe, expect, it } from 'vitest';
import { draftQuestions, ofName } from './report-questions.ts';

const FACTS = {
  practiceId: 'hold_unannounced',
  label: 'Mise en attente sans annonce',
  polarity: 'bad' as const,
  share: 0.18,
  secondsPerCall: 93,
  reaction: null,
};

describe('the questions to the vendor', () => {
  it('elides « de » before a vowel or a mute h, as French writes it', () => {
    expect(ofName('Atlas Relation Client')).toBe("d'Atlas Relation Client");
    expect(ofName('Hélios')).toBe("d'Hélios");
    expect(ofName('Tsiry Services')).toBe('de Tsiry Services');
    const atlas = draftQuestions({ ...FACTS, vendorName: 'Atlas Relation Client' }, 'fr').map((q) => q.text);
    expect(atlas[1]).toBe(
      "Quel est son impact sur le retour sur investissement d'Atlas Relation Client\u202f?",
    );
    const tsiry = draftQuestions({ ...FACTS, vendorName: 'Tsiry Services' }, 'fr').map((q) => q.text);
    expect(tsiry[1]).toBe('Quel est son impact sur le retour sur investissement de Tsiry Services\u202f?');
  });
});
