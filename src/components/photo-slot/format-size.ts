/** A file size the way parents read it on the upload limit: "0.96 MB", "850 KB" (FAQ 12, 5M). */
export function formatFileSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 0.1 ? `${mb.toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
