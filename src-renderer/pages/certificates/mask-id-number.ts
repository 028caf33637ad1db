/** An ID number as printed on a certificate: first 6 and last 4 characters, the birth date hidden. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return idNumber;
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}
