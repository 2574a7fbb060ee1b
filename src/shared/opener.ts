/**
 * An opener line Worthy offers to copy: built from the recipient's own post, bio line or question
 * (`engine/opener`), and offered only because the engine scored it `send` for them.
 */
import { z } from 'zod';

export const openerSchema = z.object({
  text: z.string().min(1).max(600),
  /** What of theirs it is built from (the same labels as the card's "engage" item). */
  source: z.enum(['question', 'post', 'bio']),
  /** The engine's score for the line itself, for that recipient, thread and history. */
  score: z.number().min(0).max(100),
});

export type Opener = z.infer<typeof openerSchema>;
