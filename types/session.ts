/** Sign-on: the host's one-time ticket is exchanged for a session (PRODUCT.md, Identity). */

/**
 * The host apps and channels a production gateway accepts tickets from. Local builds also run
 * in a development host ('dev') that only the mock gateway answers; it is not part of the
 * contract.
 */
export type HostId = 'ishandong' | 'quancheng' | 'weapp';

/** `POST /session` body. */
export interface SessionRequest {
  host: HostId;
  /** One-time ticket (or, for weapp, the login code) handed out by the host. */
  ticket: string;
}

/** The parent as the province identity service knows them. */
export interface ParentProfile {
  /** Stable opaque id of the parent at the gateway; safe to use as a storage namespace. */
  parentId: string;
  name: string;
  /** 18-character resident ID number. Personal data: mask on screen, never log. */
  idNumber: string;
  /** Mobile number registered with the host (FAQ 3). Personal data. */
  mobile: string;
}

/** `POST /session` answer. */
export interface SessionGrant {
  token: string;
  /** When the token stops working (gateway clock, ISO 8601). */
  expiresAt: string;
  profile: ParentProfile;
  /**
   * Base64 AES-256 key for this parent's drafts on the device (FAQ 7): the same for every session
   * of the parent, different per parent. Kept in memory only, never stored.
   */
  storageKey: string;
}
