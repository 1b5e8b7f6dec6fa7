/** Headers compare without case, accents, spacing or punctuation: "E-mail Address" → "emailaddress". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
