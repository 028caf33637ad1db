/** A PDF the core sent as base64, as an object URL the browser's PDF viewer opens (revoke it after). */
export function pdfUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}
