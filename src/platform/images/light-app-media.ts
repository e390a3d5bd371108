/**
 * The image picker of the Love Shandong light-app bridge, where the host provides one. Its
 * exact shape is not published: this expects `lightAppJssdk.media.chooseImage({ count,
 * sourceType, sizeType, success, fail })` answering base64 or data-URL images, validates what
 * arrives, and answers null whenever the bridge is missing or answers something else, so the
 * caller falls back to the browser's own file chooser.
 */
export interface LightAppMedia {
  chooseImage(options: {
    count: number;
    sourceType: ('camera' | 'album')[];
    sizeType: ('original' | 'compressed')[];
    success(result: unknown): void;
    fail(error: unknown): void;
  }): void;
}

/** Finds the host's media bridge, checking its shape at the edge. */
export function findLightAppMedia(scope: unknown): LightAppMedia | null {
  const sdk = (scope as { lightAppJssdk?: { media?: { chooseImage?: unknown } } } | undefined)
    ?.lightAppJssdk;
  return typeof sdk?.media?.chooseImage === 'function' ? (sdk.media as LightAppMedia) : null;
}

function decodeBase64(value: string): { bytes: Uint8Array<ArrayBuffer>; type: string } | null {
  const match = /^data:([^;,]*)(;base64)?,/.exec(value);
  const body = match ? value.slice(match[0].length) : value;
  if (match && !match[2]) return null;
  try {
    const binary = atob(body.replace(/\s/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return { bytes, type: match?.[1] ?? '' };
  } catch {
    return null;
  }
}

/** Images of a bridge answer as files: `{ images: string[] }` or `{ tempFiles: [{ base64 }] }`. */
export function filesFromBridge(result: unknown): File[] | null {
  const record = result as { images?: unknown; tempFiles?: unknown } | null;
  const raw = Array.isArray(record?.images)
    ? record.images
    : Array.isArray(record?.tempFiles)
      ? record.tempFiles.map((file: unknown) => (file as { base64?: unknown } | null)?.base64)
      : null;
  if (!raw || raw.length === 0 || !raw.every((item) => typeof item === 'string')) return null;
  const files: File[] = [];
  for (const [i, item] of (raw as string[]).entries()) {
    const decoded = decodeBase64(item);
    if (!decoded) return null;
    files.push(new File([decoded.bytes], `photo-${i + 1}`, { type: decoded.type }));
  }
  return files;
}

/** Asks the host for photos; [] when the parent cancels, null when the bridge cannot be used. */
export function chooseWithLightApp(
  media: LightAppMedia,
  options: { camera: boolean; count: number },
): Promise<File[] | null> {
  return new Promise((resolve) => {
    try {
      media.chooseImage({
        count: options.count,
        sourceType: [options.camera ? 'camera' : 'album'],
        sizeType: ['original'],
        success: (result) => resolve(filesFromBridge(result)),
        fail: (error) => resolve(/cancel|取消/i.test(JSON.stringify(error ?? '')) ? [] : null),
      });
    } catch {
      resolve(null);
    }
  });
}
