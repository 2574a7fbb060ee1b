/** The recipient as the warning and the card name them: display name, else @handle. */
import type { Recipient } from './model';

export function recipientName(r: Recipient | undefined): string {
  const name = r?.name?.trim();
  if (name) return name;
  return r?.handle ? `@${r.handle}` : '';
}
