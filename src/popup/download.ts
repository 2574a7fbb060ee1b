/**
 * Files in and out of the popup. Saves text as a file through a Blob URL and an `<a download>`
 * click: nothing leaves the device, and no downloads permission is needed.
 */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** "worthy-settings-2025-11-03.json" */
export function datedName(stem: string, now = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${stem}-${d}.json`;
}

/**
 * The file the user picked in an `<input type="file">`, with its text. The input is cleared, so
 * picking the same file again (after fixing it) fires again.
 */
export async function pickedFile(e: Event): Promise<{ name: string; text: string } | null> {
  const input = e.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file ? { name: file.name, text: await file.text() } : null;
}
