/** Fake collaboration and growth pitches: "we'd love to collab", ambassador programs. */
import { DISGUISED_NOTE, listDetector } from './list-detector';

export const collabDetector = listDetector('collab-pitch', [
  {
    id: 'fake-collab-pitch',
    summary: 'Generic collab, ambassador and follower-growth pitches.',
    message: (q, d) =>
      `Reads like a mass collab or growth pitch: ${q}. Creators get dozens of these a day and skip them.${d ? DISGUISED_NOTE : ''}`,
    suggestion:
      'Name the specific post or project of theirs that made you write, and what exactly you propose.',
  },
]);
