import { describe, expect, it } from 'vitest';
import { redactText } from './redact-text.ts';

const redacted = (text: string) => redactText(text).text;

describe('redactText, French calls', () => {
  it('redacts phone numbers, written every usual way', () => {
    expect(redacted("Mon portable c'est le 06 12 34 56 78, merci.")).toBe(
      "Mon portable c'est le [PHONE], merci.",
    );
    for (const phone of [
      '06.12.34.56.78',
      '06-12-34-56-78',
      '0612345678',
      '01 23 45 67 89',
      '+33 6 12 34 56 78',
      '+33 (0)6 12 34 56 78',
      '0033 6 12 34 56 78',
      '+33612345678',
    ]) {
      expect(redacted(`Rappelez-moi au ${phone} demain.`)).toBe('Rappelez-moi au [PHONE] demain.');
    }
  });

  it('redacts phone numbers said in words, in pairs or digit by digit, or half in digits', () => {
    expect(redacted("c'est le zéro six douze trente-quatre cinquante-six soixante-dix-huit")).toBe(
      "c'est le [PHONE]",
    );
    expect(redacted('zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.')).toBe('[PHONE].');
    expect(redacted('zero six un deux trois quatre cinq six sept huit')).toBe('[PHONE]');
    expect(redacted('au 06 douze 34 cinquante-six 78 voilà')).toBe('au [PHONE] voilà');
    expect(redacted('plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit')).toBe(
      '[PHONE]',
    );
    // without hyphens, "soixante douze" may be 60 12 (pairs) as well as 72
    expect(redacted('zéro six soixante douze trente quatre cinquante six dix-huit')).toBe('[PHONE]');
  });

  it('redacts card numbers that pass Luhn, written or said', () => {
    expect(redacted('Ma carte : 4970 1012 3456 7893, fin juin.')).toBe('Ma carte : [CARD], fin juin.');
    expect(redacted('4970-1012-3456-7893')).toBe('[CARD]');
    expect(redacted('quatre neuf sept zéro un zéro un deux trois quatre cinq six sept huit neuf trois')).toBe(
      '[CARD]',
    );
    expect(
      redacted(
        'quarante-neuf soixante-dix dix douze trente-quatre cinquante-six soixante-dix-huit quatre-vingt-treize',
      ),
    ).toBe('[CARD]');
    expect(
      redacted(
        'quatre mille neuf cent soixante-dix mille douze trois mille quatre cent cinquante-six sept mille huit cent quatre-vingt-treize',
      ),
    ).toBe('[CARD]');
  });

  it('leaves a card-shaped number failing Luhn whole: no phone number is looked for inside it', () => {
    expect(redacted('la carte 4970 1012 3456 7890')).toBe('la carte 4970 1012 3456 7890');
    const spoken = 'quatre neuf sept zéro un zéro un deux trois quatre cinq six sept huit neuf zéro';
    expect(redacted(spoken)).toBe(spoken); // 0101234567 inside would pass for a phone number
  });

  it('redacts IBANs whose check digits hold', () => {
    expect(redacted('IBAN FR76 3000 6000 0112 3456 7890 189 merci')).toBe('IBAN [IBAN] merci');
    expect(redacted('FR7630006000011234567890189')).toBe('[IBAN]');
    expect(redacted('IBAN FR76 3000 6000 0112 3456 7890 188')).toBe('IBAN FR76 3000 6000 0112 3456 7890 188');
    const said =
      'F R soixante-seize trente zéro zéro six zéro zéro zéro zéro un un deux trois quatre cinq six sept huit neuf zéro un huit neuf';
    expect(redacted(`mon IBAN ${said}`)).toBe('mon IBAN [IBAN]');
    // the IBAN ends at its country's length: what follows stays
    expect(redacted('FR76 3000 6000 0112 3456 7890 189 12 euros')).toBe('[IBAN] 12 euros');
  });

  it('redacts social security numbers: with a right key, or without a key', () => {
    expect(redacted('Numéro de sécu : 1 85 05 78 006 084 91.')).toBe('Numéro de sécu : [NIR].');
    expect(redacted('185057800608491')).toBe('[NIR]');
    expect(redacted('sans la clé 1 85 05 78 006 084')).toBe('sans la clé [NIR]');
    expect(redacted('en Corse 2 85 05 2A 123 456 80')).toBe('en Corse [NIR]');
    expect(redacted('1 85 05 2B 123 456 60')).toBe('[NIR]');
    expect(
      redacted(
        'un quatre-vingt-cinq zéro cinq soixante-dix-huit zéro zéro six zéro quatre-vingt-quatre quatre-vingt-onze',
      ),
    ).toBe('[NIR]');
    expect(
      redacted(
        'deux quatre-vingt-cinq zéro cinq deux A cent vingt-trois quatre cent cinquante-six quatre-vingts',
      ),
    ).toBe('[NIR]');
  });

  it('leaves a NIR with a wrong key whole, not even its first 13 digits', () => {
    expect(redacted('1 85 05 78 006 084 36')).toBe('1 85 05 78 006 084 36');
  });

  it('redacts e-mail addresses, written or spelt out', () => {
    expect(redacted('Mon mail : jean.dupont85@orange.fr.')).toBe('Mon mail : [EMAIL].');
    expect(redacted("c'est jean point dupont arobase gmail point com, voilà")).toBe("c'est [EMAIL], voilà");
    expect(redacted('marie tiret bas durand arobase wanadoo point fr')).toBe('[EMAIL]');
    expect(redacted('dupont quatre-vingt-cinq arobase yahoo point co point uk merci')).toBe('[EMAIL] merci');
    // the domain ends with its last known top-level domain
    expect(redacted('jean arobase free point fr point voilà')).toBe('[EMAIL] point voilà');
  });
});
