import { describe, expect, it } from 'vitest';
import { redactText } from './redact-text.ts';

const redacted = (text: string) => redactText(text).text;

describe('redactText, English calls', () => {
  it('redacts North American numbers written as phone numbers', () => {
    for (const phone of [
      '(415) 555-0132',
      '415-555-0132',
      '415.555.0132',
      '415 555 0132',
      '1-800-555-0199',
    ]) {
      expect(redacted(`Call me at ${phone} tonight.`)).toBe('Call me at [PHONE] tonight.');
    }
    expect(redacted('+1 415 555 0132')).toBe('[PHONE]');
  });

  it('leaves ten digits in one block: as likely an account number as a phone number', () => {
    expect(redacted('account 4155550132')).toBe('account 4155550132');
    // the exchange (555 here, 123 there) cannot start with 1
    expect(redacted('(555) 123-4567')).toBe('(555) 123-4567');
  });

  it('redacts British numbers', () => {
    expect(redacted('+44 20 7946 0958')).toBe('[PHONE]');
    expect(redacted('It is 020 7946 0958.')).toBe('It is [PHONE].');
    expect(redacted('07700 900123')).toBe('[PHONE]');
  });

  it('redacts phone numbers said in words, with oh and double', () => {
    expect(redacted("It's oh seven seven double nine, nine double oh one two three.")).toBe("It's [PHONE].");
    expect(redacted('four one five, five five five, oh one three two')).toBe('[PHONE]');
    expect(redacted('plus four four twenty seventy-nine forty-six oh nine fifty-eight')).toBe('[PHONE]');
  });

  it('redacts card numbers, written or said', () => {
    expect(redacted('Sure, it is 3782 822463 10005.')).toBe('Sure, it is [CARD].');
    expect(redacted('5555 5555 5555 4444 expiring in June')).toBe('[CARD] expiring in June');
    expect(redacted('four nine seven oh one oh one two three four five six seven eight nine three')).toBe(
      '[CARD]',
    );
    expect(redacted('forty-nine seventy ten twelve thirty-four fifty-six seventy-eight ninety-three')).toBe(
      '[CARD]',
    );
    expect(redacted('4111 1111 1111 1112')).toBe('4111 1111 1111 1112'); // Luhn fails
  });

  it('redacts IBANs with letters in the bank code', () => {
    expect(redacted('My IBAN is GB82 WEST 1234 5698 7654 32.')).toBe('My IBAN is [IBAN].');
    expect(redacted('NL91ABNA0417164300')).toBe('[IBAN]');
    expect(redacted('BE68 5390 0754 7034')).toBe('[IBAN]');
    expect(redacted('GB82 WEST 1234 5698 7654 33')).toBe('GB82 WEST 1234 5698 7654 33');
  });

  it('redacts e-mail addresses, written or said', () => {
    expect(redacted('Send it to john.smith@example.co.uk please.')).toBe('Send it to [EMAIL] please.');
    expect(redacted('john dot smith at gmail dot com')).toBe('[EMAIL]');
    expect(redacted('My email is smith forty-two at outlook dot com.')).toBe('My email is [EMAIL].');
    expect(redacted('j underscore smith at hotmail dot com')).toBe('[EMAIL]');
  });

  it('takes "at" as an e-mail address only before a known top-level domain', () => {
    expect(redacted("I'm at home, call me at four.")).toBe("I'm at home, call me at four.");
    expect(redacted('We met at noon dot thirty.')).toBe('We met at noon dot thirty.');
  });
});
