/**
 * Worthy's overlay lives in an open shadow root on X's page, so any script on x.com can reach its
 * buttons and `.click()` them. Actions that let a held send out or turn Worthy off must come from
 * the user: `isTrusted` is true only for events the browser made from real input.
 */
export function isUserEvent(e: Event): boolean {
  return e.isTrusted === true;
}
