/** Uploaded photos the mock gateway keeps: metadata only, per gateway state (FAQ 12). */
import type { UploadRef } from '../../types';
import type { GatewayState } from './state';

export interface StoredUpload extends UploadRef {
  parentId: string;
  /** Epoch ms on the mock clock. */
  uploadedAt: number;
}

// Kept beside the state rather than in it: a WeakMap per state object, so no snapshot change.
const stores = new WeakMap<GatewayState, Map<string, StoredUpload>>();

function storeOf(state: GatewayState): Map<string, StoredUpload> {
  let store = stores.get(state);
  if (!store) {
    store = new Map();
    stores.set(state, store);
  }
  return store;
}

let counter = 0;

/** A new upload id; ids are never reused, even across resets. */
export function nextUploadId(): string {
  counter += 1;
  return `up-${Date.now().toString(36)}-${counter.toString(36)}`;
}

/** Records an upload. */
export function saveUpload(state: GatewayState, upload: StoredUpload): void {
  storeOf(state).set(upload.id, upload);
}

/**
 * Finds an upload of this parent, e.g. for a registration handler checking the references it
 * is given; another parent's upload is treated as missing.
 */
export function findUpload(
  state: GatewayState,
  id: string,
  parentId: string,
): StoredUpload | undefined {
  const upload = storeOf(state).get(id);
  return upload?.parentId === parentId ? upload : undefined;
}

/** This parent's uploads, oldest first. */
export function listUploads(state: GatewayState, parentId: string): StoredUpload[] {
  return [...storeOf(state).values()].filter((upload) => upload.parentId === parentId);
}

/** How many photos this parent has uploaded (the per-parent quota counts them). */
export function countUploads(state: GatewayState, parentId: string): number {
  let count = 0;
  for (const upload of storeOf(state).values()) if (upload.parentId === parentId) count += 1;
  return count;
}
