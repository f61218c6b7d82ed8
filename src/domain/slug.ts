/** Lower-case ASCII words joined by hyphens, for ids and file names: "Kata'ib Ḥizballah" → "kata-ib-hizballah". */
export function slugify(text: string, maxLength = 100): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
