import { slugify } from '../../domain/slug';

/** Hands text to the browser as a file download; nothing leaves the machine. */
export function saveTextFile(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a dataset title: "Kata'ib Hizballah network" → "kata-ib-hizballah-network.gexf". */
export function fileNameFor(title: string, extension: string): string {
  return `${slugify(title, 60) || 'dataset'}.${extension}`;
}
