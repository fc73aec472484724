import type { Rng } from '../../shared/seeded-rng.ts';

/**
 * A tiny template language for the phrase banks, compiled once at load so that filling one costs
 * a few string concatenations (the benchmark generates 100,000 calls):
 * - `$name` is replaced by the call's value of `name`;
 * - `{a|b|}` is one of its choices, drawn at random (an empty choice is allowed);
 * choices may hold `$name` but not other braces.
 */

type Part = string | { readonly name: string } | { readonly choices: readonly (readonly Part[])[] };

/** A compiled template. */
export type Template = readonly Part[];

/** Values of a call's `$name` placeholders. */
export type Vars = Readonly<Record<string, string>>;

const VAR = /\$([a-zA-Z]+)/g;

function plain(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(VAR)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ name: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Compiles one template; throws on an unclosed `{`, so a bad bank fails at load. */
export function compile(source: string): Template {
  const parts: Part[] = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{', at);
    if (open < 0) {
      parts.push(...plain(source.slice(at)));
      break;
    }
    const close = source.indexOf('}', open);
    if (close < 0) throw new Error(`unclosed { in template: ${source}`);
    parts.push(...plain(source.slice(at, open)));
    parts.push({
      choices: source
        .slice(open + 1, close)
        .split('|')
        .map(plain),
    });
    at = close + 1;
  }
  return parts;
}

/** A bank of interchangeable phrasings. */
export type Bank = readonly Template[];

/** Compiles the phrasings of a bank. */
export function bank(sources: readonly string[]): Bank {
  if (sources.length === 0) throw new Error('a bank needs at least one phrasing');
  return sources.map(compile);
}

function render(parts: readonly Part[], vars: Vars, rng: Rng): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if ('name' in p) {
      const value = vars[p.name];
      if (value === undefined) throw new Error(`no value for $${p.name}`);
      out += value;
    } else out += render(p.choices[rng.int(p.choices.length)] as readonly Part[], vars, rng);
  }
  return out;
}

/** One phrasing of the bank, filled. */
export function say(rng: Rng, from: Bank, vars: Vars): string {
  return render(from[rng.int(from.length)] as Template, vars, rng);
}

/** One element of a list, at random. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)] as T;
}

/** A short scripted exchange: lines of the agent (`A:`) and the customer (`C:`). */
export type Exchange = readonly { readonly speaker: 'agent' | 'customer'; readonly text: Template }[];

/** Compiles exchanges written as `['A: …', 'C: …']`. */
export function exchanges(sources: readonly (readonly string[])[]): readonly Exchange[] {
  return sources.map((lines) =>
    lines.map((line) => {
      const who = line.slice(0, 2);
      if (who !== 'A:' && who !== 'C:') throw new Error(`an exchange line starts with A: or C:, got ${line}`);
      return { speaker: who === 'A:' ? 'agent' : 'customer', text: compile(line.slice(2).trim()) } as const;
    }),
  );
}
