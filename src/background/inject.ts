/**
 * Injects the overlay script (badge, card, notices: src/overlay/ui.entry.ts, built to
 * `UI_SCRIPT_PATH`) into the frame of an x.com tab that asked for it (`load-ui`). It runs in the
 * content script's isolated world, where it meets the always-loaded script (overlay/port.ts).
 * Needs the `scripting` permission and host permissions for x.com and twitter.com, the pages the
 * content script already runs on; only this one packaged file is ever injected.
 */
export const UI_SCRIPT_PATH = 'src/overlay/ui.js';

export async function injectUi(tabId: number, frameId: number): Promise<void> {
  await chrome.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [UI_SCRIPT_PATH],
  });
}
