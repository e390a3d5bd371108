/**
 * Reads part of a Blob as bytes. FileReader rather than Blob.arrayBuffer(), which the webviews
 * of older Android phones lack (FAQ 12: phones of every age).
 */
export function readBlobBytes(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsArrayBuffer(blob.slice(start, end));
  });
}
