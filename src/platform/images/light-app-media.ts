import { callBridge } from '@/host/bridge-call';

/**
 * The image picker of the Love Shandong light-app bridge (HOST.md):
 * `lightAppJssdk.media.chooseImage({ arg, type, count, success, fail })` answers an object (or
 * its JSON string) whose `picPath` is an array of URLs of the chosen pictures; the bytes are
 * fetched from those URLs and then go through the same checks as a file from the file input.
 */
export interface LightAppMedia {
  chooseImage(options: {
    arg: string;
    type: string;
    count: string;
    success(result: unknown): void;
    fail(error: unknown): void;
  }): void;
}

/** `type` "0" asks for links to the pictures (public callers: "1" would be base64). */
const ANSWER_AS_LINKS = '0';
// The meaning of `arg` is not published; public callers of this bridge pass "200".
const ARG = '200';
/** The parent may take a while in the host's picker; after this the tap simply ends. */
const PICKER_TIMEOUT_MS = 180_000;
const FETCHABLE = /^(https?:|blob:|data:image\/)/i;
const MAX_PICTURES = 20;

/** Finds the host's media bridge, checking its shape at the edge. */
export function findLightAppMedia(scope: unknown): LightAppMedia | null {
  const sdk = (scope as { lightAppJssdk?: { media?: { chooseImage?: unknown } } } | undefined)
    ?.lightAppJssdk;
  return typeof sdk?.media?.chooseImage === 'function' ? (sdk.media as LightAppMedia) : null;
}

function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The picture URLs of a chooseImage answer: `picPath` at the top or under `data` (either may be a
 * JSON string). Null for any other shape or any URL that cannot be fetched, so the caller can
 * fall back to the browser's file chooser; an empty array when nothing was chosen.
 */
export function picPathsOf(answer: unknown, baseUrl: string): string[] | null {
  const record = parsed(answer) as { picPath?: unknown; data?: unknown } | null | undefined;
  if (typeof record !== 'object' || record === null) return null;
  const nested = parsed(record.data) as { picPath?: unknown } | null | undefined;
  const paths = record.picPath ?? (typeof nested === 'object' ? nested?.picPath : undefined);
  if (!Array.isArray(paths) || paths.length > MAX_PICTURES) return null;
  const urls: string[] = [];
  for (const path of paths) {
    if (typeof path !== 'string' || path.length === 0) return null;
    let url: string;
    try {
      url = new URL(path, baseUrl).href;
    } catch {
      return null;
    }
    if (!FETCHABLE.test(url)) return null;
    urls.push(url);
  }
  return urls;
}

/** Fetches each picture into a file; null when any of them cannot be read. */
export async function fetchPictures(
  urls: string[],
  fetchImpl: typeof fetch = fetch,
): Promise<File[] | null> {
  try {
    const files: File[] = [];
    for (const [i, url] of urls.entries()) {
      const response = await fetchImpl(url);
      if (!response.ok) return null;
      const bytes = await response.arrayBuffer();
      // The declared type is only a hint: the checks read the bytes themselves.
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
      files.push(new File([bytes], `photo-${i + 1}`, { type }));
    }
    return files;
  } catch {
    return null;
  }
}

function mentionsCancel(error: unknown): boolean {
  try {
    return /cancel|取消/i.test(typeof error === 'string' ? error : JSON.stringify(error));
  } catch {
    return false;
  }
}

/** Asks the host for photos; [] when the parent cancels, null when the bridge cannot be used. */
export async function chooseWithLightApp(
  media: LightAppMedia,
  options: { count: number; baseUrl: string },
  fetchImpl: typeof fetch = fetch,
): Promise<File[] | null> {
  const reply = await callBridge(
    (callbacks) =>
      media.chooseImage({
        arg: ARG,
        type: ANSWER_AS_LINKS,
        count: String(options.count),
        ...callbacks,
      }),
    PICKER_TIMEOUT_MS,
  );
  if (reply.kind === 'timeout') return [];
  if (reply.kind === 'fail') return mentionsCancel(reply.error) ? [] : null;
  if (reply.kind === 'threw') return null;
  const urls = picPathsOf(reply.value, options.baseUrl);
  return urls ? fetchPictures(urls, fetchImpl) : null;
}
