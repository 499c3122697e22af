/** Offers bytes or text to the user as a file download. */
export function downloadFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64Blob(contentBase64: string, type: string): Blob {
  return new Blob([Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0))], { type });
}
