/** `Conseillère` → `Conseillere`: letters without their accents, for comparing names and words. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
