/** Fake collaboration and growth pitches: "we'd love to collab", ambassador programs. */
import { listDetector } from './list-detector';

export const collabDetector = listDetector('collab-pitch', [
  {
    id: 'fake-collab-pitch',
    messageKey: 'signal_fake_collab_pitch_message',
    suggestionKey: 'signal_fake_collab_pitch_suggestion',
  },
]);
