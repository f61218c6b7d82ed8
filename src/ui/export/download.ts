/** Hands a file to the browser's downloads, and copies text, from inside a modal dialog. */

/** Long enough for any browser to have started reading the file. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves a blob through an object URL and a temporary link. The link goes into `container` (the
 * open dialog) because everything outside a modal dialog is inert.
 */
export function downloadBlob(blob: Blob, fileName: string, container: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Copies text with the Clipboard API, or the copy command where that API is missing or refused. */
export async function copyText(text: string, container: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, page not focused, plain http): try the older way
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.className = 'visually-hidden';
  container.append(field);
  field.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  return copied;
}
