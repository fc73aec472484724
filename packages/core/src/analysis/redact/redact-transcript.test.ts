import { describe, expect, it } from 'vitest';
import { type Transcript, transcriptSchema, type Word } from '../transcript.ts';
import { redactTranscript } from './redact-transcript.ts';

/** Words of a text, 0.5 s each from `start`. */
function timed(text: string, start: number): Word[] {
  return text.split(' ').map((w, i) => ({ text: w, start: start + i / 2, end: start + i / 2 + 0.4 }));
}

function call(): Transcript {
  return transcriptSchema.parse({
    callId: 'c1',
    language: 'fr',
    turns: [
      { speaker: 'agent', start: 0, end: 3, text: 'Bonjour, votre numéro ?' },
      {
        speaker: 'customer',
        start: 3,
        end: 9,
        text: "C'est le 06 12 34 56 78, et mon mail jean.dupont@gmail.com.",
        // ASR words: no punctuation, another spelling of the address
        words: timed(
          'c est le zéro six douze trente-quatre cinquante-six soixante-dix-huit et mon mail jean point dupont arobase gmail point com',
          3,
        ),
      },
      { speaker: 'agent', start: 9, end: 11, text: 'Merci.', words: timed('Merci.', 9) },
    ],
  });
}

describe('redactTranscript', () => {
  it('redacts the text and the words of each turn, and counts what it redacted', () => {
    const original = call();
    const { transcript, counts } = redactTranscript(original);
    const turn = transcript.turns[1];
    expect(turn?.text).toBe("C'est le [PHONE], et mon mail [EMAIL].");
    expect(counts).toEqual({ card: 0, iban: 0, nir: 0, phone: 1, email: 1 });
    // the covered words become one marker word spanning their times
    // words 3-8 ("zéro" to "soixante-dix-huit") and 12-18 ("jean" to "com"), 0.5 s apart from 3 s
    expect(turn?.words).toEqual([
      ...timed('c est le', 3),
      { text: '[PHONE]', start: 4.5, end: 7.4 },
      ...timed('et mon mail', 7.5),
      { text: '[EMAIL]', start: 9, end: 12.4 },
    ]);
    expect(turn?.words?.map((w) => w.text).join(' ')).toBe('c est le [PHONE] et mon mail [EMAIL]');
    // the input is left as it was, and an untouched turn is the same object
    expect(original.turns[1]?.text).toContain('06 12 34 56 78');
    expect(transcript.turns[0]).toBe(original.turns[0]);
    expect(transcript.turns[2]).toBe(original.turns[2]);
    expect(transcript.callId).toBe('c1');
  });

  it('keeps what a word holds around the number', () => {
    const t = call();
    const words = [
      { text: 'numéro:0612345678,', start: 1, end: 2 },
      { text: 'merci', start: 2, end: 2.5 },
    ];
    const turn = { speaker: 'customer' as const, start: 1, end: 3, text: 'numéro:0612345678, merci', words };
    const { transcript } = redactTranscript({ ...t, turns: [turn] });
    expect(transcript.turns[0]?.text).toBe('numéro:[PHONE], merci');
    expect(transcript.turns[0]?.words).toEqual([
      { text: 'numéro:[PHONE],', start: 1, end: 2 },
      { text: 'merci', start: 2, end: 2.5 },
    ]);
  });

  it('makes one word of two numbers sharing a word', () => {
    const t = call();
    const words = [{ text: '0612345678/0712345678', start: 1, end: 2 }];
    const turn = { speaker: 'customer' as const, start: 1, end: 3, text: 'x', words };
    const { transcript } = redactTranscript({ ...t, turns: [turn] });
    expect(transcript.turns[0]?.words).toEqual([{ text: '[PHONE]/[PHONE]', start: 1, end: 2 }]);
  });

  it('keeps turns without words without words', () => {
    const { transcript } = redactTranscript(call());
    expect(transcript.turns[0]).not.toHaveProperty('words');
  });
});
