import { describe, expect, it } from 'vitest';
import { guessDurationFormat, guessTimestampFormat } from './guessFormats';

describe('guessTimestampFormat', () => {
  it('tells the layouts apart', () => {
    expect(guessTimestampFormat(['2026-03-02 09:00:12', ''])).toBe('YYYY-MM-DD HH:mm:ss');
    expect(guessTimestampFormat(['2026-03-02T09:00:12+01:00'])).toBe('iso');
    expect(guessTimestampFormat(['02/03/2026 09:00:12', '13/03/2026 10:00:00'])).toBe('DD/MM/YYYY HH:mm:ss');
    expect(guessTimestampFormat(['03/13/2026 09:00:12'])).toBe('MM/DD/YYYY HH:mm:ss');
    expect(guessTimestampFormat(['1772441212'])).toBe('epoch-seconds');
    expect(guessTimestampFormat(['demain'])).toBeNull();
    expect(guessTimestampFormat([])).toBeNull();
  });
});

describe('guessDurationFormat', () => {
  it('reads clock durations and plain seconds', () => {
    expect(guessDurationFormat(['0:04:05', '12:30'])).toBe('hh:mm:ss');
    expect(guessDurationFormat(['245', '12'])).toBe('seconds');
    expect(guessDurationFormat([''])).toBeNull();
  });
});
