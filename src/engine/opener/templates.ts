/**
 * The wordings an opener can take, per kind of thing of theirs it quotes. Several of each, so the
 * line offered varies from one recipient and draft to the next (chosen by a seed, see index.ts)
 * and Worthy's own suggestion never becomes a template sent to everyone.
 *
 * `{hi}` is "Hi Alice" (or "Hi" without a usable name), `{q}` their words, `{ask}` a question back.
 */
export type TemplateSource = 'post' | 'post-question' | 'bio' | 'question';

export const TEMPLATES: Readonly<Record<TemplateSource, readonly string[]>> = {
  post: [
    '{hi}, your post about “{q}” stuck with me. {ask}',
    '{hi}! I just read your post: “{q}”. {ask}',
    '{hi}, I saw what you wrote: “{q}”. {ask}',
    '{hi}, “{q}” made me stop scrolling. {ask}',
  ],
  'post-question': [
    '{hi}, you asked “{q}”. I have been there and would be glad to share what worked for me.',
    '{hi}, about your question (“{q}”): happy to share what helped me, if it is useful.',
  ],
  bio: ['{hi}, “{q}” in your bio caught my eye. {ask}', '{hi}, I read your bio: “{q}”. {ask}'],
  question: [
    'Thanks for asking about “{q}”. I am checking now and will get back to you today.',
    'Good question on “{q}”. Let me look into it and reply here shortly.',
  ],
};

export const ASKS: Readonly<Record<'post' | 'bio', readonly string[]>> = {
  post: [
    'How did you get there?',
    'What was the hardest part?',
    'What would you tell someone just starting out?',
    'What made the difference for you?',
  ],
  bio: ['How did you get into it?', 'What are you working on right now?', 'What got you started?'],
};
