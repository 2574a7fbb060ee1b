import type { ComponentChildren } from 'preact';
import { msg } from '../../shared/i18n';

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
    <Notice title={msg('popup_intro_title')}>
      <p>{msg('popup_intro_text')}</p>
      <ol class="p-steps">
        <li>
          <strong>{msg('popup_intro_step1_strong')}</strong> {msg('popup_intro_step1')}
        </li>
        <li>
          <strong>{msg('popup_intro_step2_strong')}</strong> {msg('popup_intro_step2')}
        </li>
      </ol>
      <p class="p-muted">{msg('popup_intro_local')}</p>
    </Notice>
  );
}

/** Worthy cannot read the page; `children` offers the page diagnostics for a bug report. */
export function StandsAside({ children }: { children?: ComponentChildren }) {
  return (
    <Notice title={msg('popup_stands_aside_title')} tone="warn">
      <p>{msg('popup_stands_aside_text')}</p>
      {children}
    </Notice>
  );
}

export function MemoryOff() {
  return (
    <p class="p-callout p-callout--warn" role="note">
      <strong>{msg('popup_memory_off')}</strong> {msg('popup_memory_off_text')}
    </p>
  );
}
