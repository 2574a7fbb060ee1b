import type { ComponentChildren } from 'preact';

export function Notice({
  title,
  children,
  tone = 'info',
}: {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'warn';
}) {
  return (
    <section class={`p-notice p-notice--${tone}`} aria-label={title}>
      <h2 class="p-notice__title">{title}</h2>
      {children}
    </section>
  );
}

/** How Worthy works and how to get started, shown away from x.com. */
export function Intro() {
  return (
    <Notice title="Is this DM worth sending?">
      <p>
        Worthy reads the DM you are about to send on X and asks one question: is it worth sending to
        this person? It checks whether the message fits what they care about and whether it looks
        like spam, and it can hold a weak message before it goes out.
      </p>
      <ol class="p-steps">
        <li>
          <strong>View their profile first</strong> on x.com, so Worthy learns what they care about
          from their bio and posts.
        </li>
        <li>
          <strong>Open a DM</strong> with them on x.com and start typing. Guidance shows up here and
          next to the message box.
        </li>
      </ol>
      <p class="p-muted">Everything runs on this device. Worthy makes no network requests.</p>
    </Notice>
  );
}

export function StandsAside() {
  return (
    <Notice title="Standing aside on this page" tone="warn">
      <p>
        Worthy can't find the message box on this page, so it's staying out of the way. Your
        messages send as usual. If X changed its layout, reloading the page may help.
      </p>
    </Notice>
  );
}

export function MemoryOff() {
  return (
    <p class="p-callout p-callout--warn" role="note">
      <strong>Memory is off.</strong> This browser won't let Worthy store data (a private window or
      storage turned off), so it can't remember profiles or past sends. Guidance still works.
    </p>
  );
}
