// A photo's content hash is the digest the gateway answers for what it stored (UploadRef.sha256),
// so the same photo chosen twice is recognised before it is sent again (FAQ 12). Imported on its
// own, not through the contract's index, which every page's first bundle reads.
export { sha256Hex } from '@contract/upload-digest';
