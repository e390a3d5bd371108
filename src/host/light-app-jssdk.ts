/** The callbacks every bridge call takes (HOST.md); `success` very often receives a string. */
export interface BridgeCallOptions {
  success(result: unknown): void;
  fail(error: unknown): void;
}

/**
 * The part of the Love Shandong light-app SDK (`window.lightAppJssdk`) this app uses. Both host
 * apps (爱山东 and 爱山东·泉城办) inject the same bridge family; they differ in app identifier.
 * Only `user.getTicket` is required; everything else is checked before each use.
 */
export interface LightAppJssdk {
  user: {
    getTicket(options: BridgeCallOptions & { appId?: string }): void;
    /** Opens the host's own login page; answers like getTicket. */
    loginapp?(options: BridgeCallOptions & { appId?: string }): void;
  };
  device?: {
    /**
     * Assumed, not published: hosts with an elder-friendly mode report it as
     * `{ elderMode: boolean }`; its answer is validated before use.
     */
    getAccessibilitySettings?(options: BridgeCallOptions): void;
  };
}
