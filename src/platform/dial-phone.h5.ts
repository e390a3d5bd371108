import { dialableNumber } from './dialable-number';

type DeviceCall = (options: { phone: string }) => void;

/** The host bridge's dialler (`lightAppJssdk.device.call`), where the host offers one. */
export function findDeviceCall(scope: unknown): DeviceCall | null {
  const device = (scope as { lightAppJssdk?: { device?: { call?: unknown } } } | undefined)
    ?.lightAppJssdk?.device;
  const call = device?.call;
  return typeof call === 'function' ? (options) => call.call(device, options) : null;
}

function openTelLink(url: string): void {
  window.location.href = url;
}

/**
 * Dials the help line: through the host app where its bridge has `device.call` (a tel: link may
 * do nothing inside the host's webview), else as a normal tel: link.
 */
export function dialPhone(phone: string, scope: unknown = window, open = openTelLink): void {
  const number = dialableNumber(phone);
  if (!number) return;
  const call = findDeviceCall(scope);
  if (call) {
    try {
      call({ phone: number });
      return;
    } catch {
      // A bridge that throws: the tel: link below still works in most webviews.
    }
  }
  open(`tel:${number}`);
}
