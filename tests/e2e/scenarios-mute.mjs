/**
 * Turning Worthy off for one conversation from the in-page card, and back on from the popup:
 * the muted conversation gets no verdict and no gate, other conversations keep both, and the
 * popup lists it by the person's @handle, never by the conversation id.
 */
import { extensionPage, sent, until } from './harness.mjs';
import { badge, chatBox, coldSpam, dialog, open, SPAM, waitVerdict } from './scenarios.mjs';

export const scenarios = [
  {
    name: 'the card turns Worthy off for this conversation; the popup lists @alice and turns it back on',
    async run({ page, env }) {
      const box = await coldSpam(page);
      await badge(page).click();
      await page.getByRole('button', { name: 'Turn off for this conversation' }).click();
      await until(async () => (await badge(page).getAttribute('data-state')) === 'paused', {
        message: 'the badge to show paused',
      });
      // Muted: the held draft now goes out as without Worthy.
      await box.press('Enter');
      await until(async () => (await sent(page)).length === 1, { message: 'the send' });
      if (await dialog(page).isVisible()) throw new Error('a warning showed in a muted thread');

      // Another conversation is still guarded.
      const other = await env.ctx.newPage();
      try {
        await open(other, '/i/chat/333-444?thread=cold');
        const box2 = chatBox(other);
        await box2.click();
        await box2.pressSequentially(SPAM);
        await waitVerdict(other, { wanted: ['hold'] });
      } finally {
        await other.close();
      }

      // Back on from the popup's Settings tab.
      const popup = await extensionPage(env);
      try {
        await popup.getByRole('tab', { name: 'Settings' }).click();
        const entry = popup.getByRole('button', { name: /Turn Worthy back on for @alice/ });
        await entry.waitFor({ timeout: 3_000 });
        if (await popup.getByText(/111-222/).count())
          throw new Error('the popup shows the conversation id');
        await entry.click();
        await until(async () => (await entry.count()) === 0, { message: 'the muted entry to go' });
      } finally {
        await popup.close();
      }
      await page.bringToFront();
      await box.click();
      await box.pressSequentially(SPAM);
      const v = await waitVerdict(page, { wanted: ['hold'] });
      return `muted: paused badge, spam sent untouched; other thread still hold; listed as @alice; unmuted: ${v}`;
    },
  },
];
