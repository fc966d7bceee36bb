/**
 * What a person's name may hold: letters of any script with their accents, spaces, hyphens,
 * apostrophes, periods and commas ("Nguyễn", "O'Brien", "Smith-Jones", "Jr."), one letter or up
 * to 128 characters. Pure functions, no DOM.
 */

export const NAME_MAX = 128;

const NAME_CHARACTERS = /^[\p{L}\p{M}\s'’ʼ‘\-‐‑.,]*$/u;
const LETTER = /\p{L}/u;

/** The message key of what is wrong with a name, or null. Length counts code points. */
export function nameProblem(text: string): 'name.characters' | 'name.tooLong' | null {
  const trimmed = text.trim();
  if (!NAME_CHARACTERS.test(trimmed) || !LETTER.test(trimmed)) return 'name.characters';
  return [...trimmed].length > NAME_MAX ? 'name.tooLong' : null;
}
