/** U+20BB7 */
function codePointLabel(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A certificate with characters that no font can draw: it is not printed (an empty box on a
 * certificate would be wrong), and the message says which characters and what to do.
 */
export class MissingGlyphsError extends Error {
  readonly characters: string[];

  constructor(characters: string[], name: string) {
    const list = characters.map((character) => `“${character}”(${codePointLabel(character)})`).join('、');
    super(`${name}的证书有字体中没有的字：${list}。请在证书模板中指定包含这些字的字体后再打印`);
    this.name = 'MissingGlyphsError';
    this.characters = characters;
  }
}
