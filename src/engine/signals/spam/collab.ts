/** Fake collaboration and growth pitches: "we'd love to collab", ambassador programs. */
import { listDetector } from './list-detector';

export const collabDetector = listDetector('collab-pitch', [
  {
    id: 'fake-collab-pitch',
    summary: 'Generic collab, ambassador and follower-growth pitches.',
    messageKey: 'signal_fake_collab_pitch_message',
    suggestionKey: 'signal_fake_collab_pitch_suggestion',
  },
]);
