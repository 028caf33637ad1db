/** File kinds a proof may be, recognised by their first bytes, never by the name the user gave. */
export type AttachmentKind = 'jpg' | 'png' | 'pdf' | 'zip';

const SIGNATURES: { kind: AttachmentKind; mediaType: string; bytes: number[] }[] = [
  { kind: 'jpg', mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'png', mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'pdf', mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'zip', mediaType: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

export function sniffAttachment(content: Uint8Array): { kind: AttachmentKind; mediaType: string } | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => content[i] === byte));
  return match ? { kind: match.kind, mediaType: match.mediaType } : null;
}
