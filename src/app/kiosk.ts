/**
 * Whether this device is a school office kiosk (no "stay logged in", no
 * push). Kiosk mode comes with its own issue; until then no device is one.
 */
export function isKiosk(): boolean {
  return false;
}
