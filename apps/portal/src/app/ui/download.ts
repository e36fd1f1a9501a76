/**
 * Saves text the portal built itself (a CSV) as a file: a Blob URL on a
 * temporary link. Files from the server are plain links.
 */
export function downloadText(
  document: Document,
  filename: string,
  text: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the Blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
