/** Characters a line must not start with (they close or end something). */
const CLOSING = new Set([...'，。、；：！？）》」』】〕〉”’…—,.;:!?)]}%·']);
/** Characters a line must not end with (they open something). */
const OPENING = new Set([...'（《「『【〔〈“‘([{']);

type Kind = 'space' | 'ideograph' | 'opening' | 'closing' | 'word';

function kindOf(character: string): Kind {
  if (character === ' ' || character === '\u3000' || character === '\t') return 'space';
  if (CLOSING.has(character)) return 'closing';
  if (OPENING.has(character)) return 'opening';
  return character.codePointAt(0)! >= 0x2e80 ? 'ideograph' : 'word';
}

/**
 * Splits text into the pieces a line may break between: each Chinese character on its own, Latin
 * words and numbers whole (a certificate number stays on one line when it can), spaces apart;
 * closing punctuation sticks to what precedes it and opening punctuation to what follows.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let pending = '';
  let previous: Kind | null = null;
  for (const character of text) {
    const kind = kindOf(character);
    const joins = kind === 'closing' || previous === 'opening' || (kind === 'word' && previous === 'word');
    if (!joins && pending) {
      units.push(pending);
      pending = '';
    }
    pending += character;
    previous = kind;
  }
  if (pending) units.push(pending);
  return units;
}

export function isSpace(unit: string): boolean {
  return [...unit].every((character) => kindOf(character) === 'space');
}
