/**
 * The mini-program's temporary files for photos: what the camera or album gives (chooseMedia),
 * read back through the file system manager, and what compressImage writes. compressImage is
 * done for real: the source is decoded and a JPEG of the asked size and quality is encoded.
 */
import jpeg from 'jpeg-js';

/** Width and height from a JPEG's frame header, or null when it is not a JPEG. */
export function readJpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
      const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
      return { width, height };
    }
    at += 2 + length;
  }
  return null;
}

/** A document-like test photo: light paper with dark lines, as a JPEG of the given size. */
export function documentPhoto(width: number, height: number): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const ink = y % 40 < 3 ? 60 : 235;
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const value = x % 97 < 2 ? 90 : ink;
      data[at] = value;
      data[at + 1] = value;
      data[at + 2] = value - 10;
      data[at + 3] = 255;
    }
  }
  return new Uint8Array(jpeg.encode({ data, width, height }, 92).data);
}

export class PhotoFiles {
  private readonly files = new Map<string, Uint8Array>();
  private chosen: string[] = [];
  private next = 0;

  private add(bytes: Uint8Array, kind: string): string {
    this.next += 1;
    const path = `wxfile://tmp_${kind}_${this.next}.jpg`;
    this.files.set(path, bytes);
    return path;
  }

  /** The next chooseMedia answers these pictures (an empty list: the parent cancelled). */
  willChoose(...photos: Uint8Array[]): void {
    this.chosen = photos.map((bytes) => this.add(bytes, 'chosen'));
  }

  takeChosen(): string[] {
    const chosen = this.chosen;
    this.chosen = [];
    return chosen;
  }

  read(path: string): Uint8Array | undefined {
    return this.files.get(path);
  }

  /** Decodes `src` and writes a JPEG at the asked size (aspect kept when one side is given). */
  compress(src: string, quality: number, width?: number, height?: number): string | null {
    const bytes = this.files.get(src);
    if (!bytes) return null;
    let decoded: { width: number; height: number; data: Uint8Array };
    try {
      decoded = jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 1024 });
    } catch {
      return null;
    }
    const outWidth =
      width ?? Math.round(((height ?? decoded.height) * decoded.width) / decoded.height);
    const outHeight = height ?? Math.round((outWidth * decoded.height) / decoded.width);
    const data = Buffer.alloc(outWidth * outHeight * 4);
    for (let y = 0; y < outHeight; y += 1) {
      const sy = Math.min(decoded.height - 1, Math.floor((y * decoded.height) / outHeight));
      for (let x = 0; x < outWidth; x += 1) {
        const sx = Math.min(decoded.width - 1, Math.floor((x * decoded.width) / outWidth));
        const from = (sy * decoded.width + sx) * 4;
        const to = (y * outWidth + x) * 4;
        for (let c = 0; c < 4; c += 1) data[to + c] = decoded.data[from + c] ?? 255;
      }
    }
    const encoded = jpeg.encode({ data, width: outWidth, height: outHeight }, quality);
    return this.add(new Uint8Array(encoded.data), 'compressed');
  }
}
