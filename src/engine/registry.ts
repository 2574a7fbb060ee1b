/**
 * Every signal the engine can emit, declared once. Detectors emit ids from this list with a
 * feature value and evidence; how many points a signal is worth is not theirs to say: the fitted
 * model (`model/weights.json`, written by `scripts/fit-weights.ts`) decides.
 *
 * Ids are stable: history, user choices and tests key on them. A renamed signal keeps its old id
 * in `ALIASES`; a retired id is never reused.
 */

/** Which of the two axes a signal moves (the UI shows both). */
export type Axis = 'spam' | 'relevance';

/**
 * How a signal may move the score. The fit is constrained to it, so an explanation never says a
 * spam signal helped: `raises` fits a weight ≥ 0, `lowers` ≤ 0, `info` is never weighted.
 */
export type Effect = 'raises' | 'lowers' | 'info';

export type Family =
  | 'relevance'
  | 'thread'
  | 'service'
  | 'safety'
  | 'links'
  | 'promotion'
  | 'scam'
  | 'off-platform'
  | 'obfuscation'
  | 'style'
  | 'sending';

export interface SignalDef {
  id: string;
  /** Catalog key of the short plain name users see ("Shortened link"); never the id. */
  name: string;
  axis: Axis;
  effect: Effect;
  family: Family;
  /** Built on English word lists: skipped (and listed as skipped) on drafts in other languages. */
  englishOnly?: true;
  /**
   * Protects the recipient (credentials, phishing, lookalike domains): a user may set it aside
   * for one conversation, never everywhere.
   */
  safety?: true;
  /** One line on what the signal means (README table, the UI's help, the CLI). */
  summary: string;
}

const S = (
  id: string,
  name: string,
  axis: Axis,
  effect: Effect,
  family: Family,
  summary: string,
  more: { englishOnly?: true; safety?: true } = {},
): SignalDef => ({ id, name, axis, effect, family, summary, ...more });

const EN = { englishOnly: true } as const;
const SAFETY = { safety: true } as const;

export const SIGNALS = [
  // What the recipient cares about.
  S(
    'nothing-known',
    'signal_nothing_known_name',
    'relevance',
    'info',
    'relevance',
    'Nothing is known of the recipient yet, so relevance cannot be judged.',
  ),
  S(
    'topic-match',
    'signal_topic_match_name',
    'relevance',
    'raises',
    'relevance',
    'The draft is about what the recipient posts about.',
  ),
  S(
    'off-topic',
    'signal_off_topic_name',
    'relevance',
    'lowers',
    'relevance',
    'Nothing in the draft relates to what the recipient posts about.',
  ),
  S(
    'references-their-post',
    'signal_references_their_post_name',
    'relevance',
    'raises',
    'relevance',
    'The draft refers to something specific the recipient posted or wrote in their bio.',
  ),
  S(
    'generic-flattery',
    'signal_generic_flattery_name',
    'relevance',
    'lowers',
    'relevance',
    'A compliment that fits anyone ("loved your content", "vi tu perfil"), which reads as automated.',
  ),
  S(
    'merge-field-only',
    'signal_merge_field_only_name',
    'relevance',
    'lowers',
    'relevance',
    'The only personal thing in the draft is the recipient’s name or handle.',
  ),
  S(
    'unrelated-pitch',
    'signal_unrelated_pitch_name',
    'relevance',
    'lowers',
    'relevance',
    'A cold pitch that has nothing to do with what the recipient cares about.',
  ),
  S(
    'offer-fits-interests',
    'signal_offer_fits_interests_name',
    'relevance',
    'raises',
    'relevance',
    'The draft makes an offer, and your brand fits what the recipient cares about.',
    EN,
  ),
  S(
    'offer-off-interests',
    'signal_offer_off_interests_name',
    'relevance',
    'lowers',
    'relevance',
    'The draft makes an offer, but your brand has little to do with what the recipient cares about.',
    EN,
  ),
  // The conversation so far.
  S(
    'answers-their-question',
    'signal_answers_their_question_name',
    'relevance',
    'raises',
    'thread',
    'The draft gives what their question asks for (a date for "when", a link for "where"…).',
  ),
  S(
    'ignores-their-question',
    'signal_ignores_their_question_name',
    'relevance',
    'lowers',
    'thread',
    'They asked something and the draft does not answer it.',
  ),
  S(
    'asked-again',
    'signal_asked_again_name',
    'relevance',
    'lowers',
    'thread',
    'They have asked the same thing several times and the draft still does not answer.',
  ),
  S(
    'gives-what-they-asked',
    'signal_gives_what_they_asked_name',
    'relevance',
    'raises',
    'thread',
    'They asked for a link, number, email, address or form, and the draft gives it.',
  ),
  S(
    'follows-the-thread',
    'signal_follows_the_thread_name',
    'relevance',
    'raises',
    'thread',
    'In a conversation, the draft picks up what they last wrote.',
  ),
  S(
    'replies-in-conversation',
    'signal_replies_in_conversation_name',
    'relevance',
    'raises',
    'thread',
    'A reply in a conversation they take part in.',
  ),
  S(
    'short-acknowledgement',
    'signal_short_acknowledgement_name',
    'relevance',
    'raises',
    'thread',
    'A short thanks, yes or emoji in a conversation they take part in.',
  ),
  S(
    'follow-up-unanswered',
    'signal_follow_up_unanswered_name',
    'spam',
    'lowers',
    'thread',
    'You already sent messages in this thread that they have not answered.',
  ),
  S(
    'repitch-after-no',
    'signal_repitch_after_no_name',
    'spam',
    'lowers',
    'thread',
    'They said no, and the draft pitches again.',
  ),
  S(
    'false-deadline',
    'signal_false_deadline_name',
    'spam',
    'lowers',
    'thread',
    'An ultimatum they did not ask for: a yes or no within hours, or the offer goes to someone else.',
  ),
  S(
    'other-language-reply',
    'signal_other_language_reply_name',
    'relevance',
    'lowers',
    'thread',
    'They wrote in one language and the draft answers in another.',
  ),
  S(
    'asks-for-given-details',
    'signal_asks_for_given_details_name',
    'relevance',
    'lowers',
    'thread',
    'The draft asks for details they already gave in this thread.',
  ),
  // Helping rather than selling.
  S(
    'service-reply',
    'signal_service_reply_name',
    'relevance',
    'raises',
    'service',
    'The draft answers or resolves something rather than selling.',
    EN,
  ),
  S(
    'non-answer-macro',
    'signal_non_answer_macro_name',
    'relevance',
    'lowers',
    'service',
    'A stock reply ("we value your feedback") that says nothing about their problem.',
  ),
  S(
    'pitch-ignores-question',
    'signal_pitch_ignores_question_name',
    'spam',
    'lowers',
    'service',
    'They asked something and the draft pitches instead of answering.',
  ),
  S(
    'pitch-in-support-thread',
    'signal_pitch_in_support_thread_name',
    'spam',
    'lowers',
    'service',
    'A sales pitch in a thread the customer started.',
  ),
  // Never service.
  S(
    'asks-for-credentials',
    'signal_asks_for_credentials_name',
    'spam',
    'lowers',
    'safety',
    'Asks them to share a password, PIN, one-time code, card number or security code, or to install remote access.',
    SAFETY,
  ),
  S(
    'asks-for-personal-data',
    'signal_asks_for_personal_data_name',
    'spam',
    'lowers',
    'safety',
    'Asks for identity documents, date of birth or bank details in a DM instead of a secure form.',
  ),
  S(
    'asks-for-payment',
    'signal_asks_for_payment_name',
    'spam',
    'lowers',
    'safety',
    'Asks them to pay first: a fee, a deposit, gift cards or a transfer.',
    SAFETY,
  ),
  S(
    'hostile-tone',
    'signal_hostile_tone_name',
    'spam',
    'lowers',
    'safety',
    'Insults, threatens or blames the person you are writing to.',
  ),
  S(
    'support-off-platform',
    'signal_support_off_platform_name',
    'spam',
    'lowers',
    'safety',
    'Moves their support or refund to a personal messaging app or number they did not ask for.',
    SAFETY,
  ),
  S(
    'account-phishing',
    'signal_account_phishing_name',
    'spam',
    'lowers',
    'safety',
    'Account threats and credential requests: verify your account, confirm your password.',
    { ...EN, ...SAFETY },
  ),
  S(
    'lookalike-domain',
    'signal_lookalike_domain_name',
    'spam',
    'lowers',
    'safety',
    'Domains that imitate a known brand (x-verify-support.com, paypa1.com, xn--…).',
    SAFETY,
  ),
  // Links.
  S(
    'link-count',
    'signal_link_count_name',
    'spam',
    'lowers',
    'links',
    'Several links in one message.',
  ),
  S(
    'link-shortener',
    'signal_link_shortener_name',
    'spam',
    'lowers',
    'links',
    'Shortened links (bit.ly, tinyurl…) that hide where they go.',
  ),
  S(
    'link-in-bio-hub',
    'signal_link_in_bio_hub_name',
    'spam',
    'lowers',
    'links',
    'Link-in-bio hubs (linktr.ee, beacons.ai…).',
  ),
  S(
    'bare-domain',
    'signal_bare_domain_name',
    'spam',
    'lowers',
    'links',
    'Domains written without https://, as pasted by bulk senders.',
  ),
  S(
    'defanged-link',
    'signal_defanged_link_name',
    'spam',
    'lowers',
    'links',
    'Links disguised to dodge filters: hxxp://, evil[.]com, example(dot)com.',
  ),
  S(
    'link-only-message',
    'signal_link_only_message_name',
    'spam',
    'lowers',
    'links',
    'A message that is mostly a link.',
  ),
  S(
    'suspicious-tld',
    'signal_suspicious_tld_name',
    'spam',
    'lowers',
    'links',
    'Links on domain endings favoured by scammers (.xyz, .top, .click…).',
  ),
  S(
    'ip-address-link',
    'signal_ip_address_link_name',
    'spam',
    'lowers',
    'links',
    'Links to a raw IP address instead of a named site.',
  ),
  S(
    'trusted-link',
    'signal_trusted_link_name',
    'spam',
    'info',
    'links',
    'Links to your trusted domains, which never count against the draft.',
  ),
  // Promotion and scams.
  S(
    'promo-discount',
    'signal_promo_discount_name',
    'spam',
    'lowers',
    'promotion',
    'Discounts, promo codes and sales offers.',
    EN,
  ),
  S(
    'call-to-action',
    'signal_call_to_action_name',
    'spam',
    'lowers',
    'promotion',
    'Pushy calls to action: click, sign up, book a call, check my bio.',
    EN,
  ),
  S(
    'urgency-scarcity',
    'signal_urgency_scarcity_name',
    'spam',
    'lowers',
    'promotion',
    'Artificial urgency or scarcity: limited time, only 3 left, act now.',
    EN,
  ),
  S(
    'guarantee-claim',
    'signal_guarantee_claim_name',
    'spam',
    'lowers',
    'promotion',
    'Too-good-to-be-true promises: 100% guaranteed, risk-free, double your money.',
    EN,
  ),
  S(
    'prize-money-claim',
    'signal_prize_money_claim_name',
    'spam',
    'lowers',
    'scam',
    'Prize, cash and gift claims: you have won, claim your prize, £1000, free gift.',
    EN,
  ),
  S(
    'premium-rate-text',
    'signal_premium_rate_text_name',
    'spam',
    'lowers',
    'scam',
    'Premium-rate text mechanics: txt WORD to 87121, per-message costs, reply STOP.',
    EN,
  ),
  S(
    'crypto-investment-pitch',
    'signal_crypto_investment_pitch_name',
    'spam',
    'lowers',
    'scam',
    'Crypto and investment pitches: airdrop, presale, guaranteed returns, 10x, forex.',
    EN,
  ),
  S(
    'learned-spam',
    'signal_learned_spam_name',
    'spam',
    'lowers',
    'scam',
    'Reads like the spam the learned text layer was trained on (public spam and the fit DMs), where no word list names it.',
  ),
  S(
    'self-promotion',
    'signal_self_promotion_name',
    'spam',
    'lowers',
    'scam',
    'Self-promotion to a stranger: "check out my channel", follow for follow, "support my music", link in bio, review swaps.',
  ),
  S(
    'scam-script',
    'signal_scam_script_name',
    'spam',
    'lowers',
    'scam',
    'The opener of a known scam: wrong-person openers, fund recovery, emergencies, instant loans, trading mentors, task jobs, gambling, canned SEO pitches.',
  ),
  S(
    'income-claim',
    'signal_income_claim_name',
    'spam',
    'lowers',
    'scam',
    'Promises of easy income in any language: a return per day, week or month, money per day for simple tasks, guaranteed profit.',
  ),
  S(
    'fake-collab-pitch',
    'signal_fake_collab_pitch_name',
    'spam',
    'lowers',
    'scam',
    'Generic collab, ambassador and follower-growth pitches.',
    EN,
  ),
  S(
    'generic-greeting',
    'signal_generic_greeting_name',
    'spam',
    'lowers',
    'style',
    'Generic greetings: Dear Sir/Madam, Dear valued customer, Hello friend, Hi there.',
    EN,
  ),
  // Moving off X.
  S(
    'off-platform-app',
    'signal_off_platform_app_name',
    'spam',
    'lowers',
    'off-platform',
    'Mentions or links WhatsApp, Telegram and other apps to move the talk off X.',
  ),
  S(
    'phone-number',
    'signal_phone_number_name',
    'spam',
    'lowers',
    'off-platform',
    'Includes a phone number.',
  ),
  S(
    'premium-rate-number',
    'signal_premium_rate_number_name',
    'spam',
    'lowers',
    'off-platform',
    'Includes a premium-rate number (09…, 087…, 1-900).',
  ),
  S(
    'email-address',
    'signal_email_address_name',
    'spam',
    'lowers',
    'off-platform',
    'Includes an email address.',
  ),
  S(
    'off-platform-request',
    'signal_off_platform_request_name',
    'spam',
    'lowers',
    'off-platform',
    'English requests to continue elsewhere: text me at, add me on, my number is.',
    EN,
  ),
  S(
    'trigger-phrase',
    'signal_trigger_phrase_name',
    'spam',
    'lowers',
    'promotion',
    'Phrases you listed in settings as ones that should count as pushy.',
  ),
  // Disguise.
  S(
    'mixed-script-word',
    'signal_mixed_script_word_name',
    'spam',
    'lowers',
    'obfuscation',
    'Words mixing Latin with Cyrillic or Greek look-alike letters.',
  ),
  S(
    'fancy-letters',
    'signal_fancy_letters_name',
    'spam',
    'lowers',
    'obfuscation',
    'Full-width, circled or “bold math” Unicode letters.',
  ),
  S(
    'leetspeak',
    'signal_leetspeak_name',
    'spam',
    'lowers',
    'obfuscation',
    'Spam words written with digits or symbols: fr33, c4sh, cl1ck.',
  ),
  S(
    'hidden-characters',
    'signal_hidden_characters_name',
    'spam',
    'lowers',
    'obfuscation',
    'Invisible characters (zero-width spaces, joiners) inside the text.',
  ),
  S(
    'spaced-out-letters',
    'signal_spaced_out_letters_name',
    'spam',
    'lowers',
    'obfuscation',
    'Words spelt out letter by letter: f r e e.',
  ),
  // Style.
  S(
    'all-caps',
    'signal_all_caps_name',
    'spam',
    'lowers',
    'style',
    'Much of the message in capitals (short acronyms ignored).',
  ),
  S(
    'exclamation-run',
    'signal_exclamation_run_name',
    'spam',
    'lowers',
    'style',
    'Runs of exclamation marks (!!!) or many of them.',
  ),
  S(
    'emoji-wall',
    'signal_emoji_wall_name',
    'spam',
    'lowers',
    'style',
    'Rows of emoji or more emoji than words.',
  ),
  S(
    'repeated-characters',
    'signal_repeated_characters_name',
    'spam',
    'lowers',
    'style',
    'Characters stretched out: sooooo, $$$, !!!.',
  ),
  S(
    'big-ask-first',
    'signal_big_ask_first_name',
    'spam',
    'lowers',
    'style',
    'A first message to a stranger that asks for a call, their number, a retweet or a review.',
  ),
  S(
    'unfilled-placeholder',
    'signal_unfilled_placeholder_name',
    'spam',
    'lowers',
    'style',
    'Template slots left unfilled: {first_name}, [Name], {{name}}, %NAME%.',
  ),
  S(
    'very-long-message',
    'signal_very_long_message_name',
    'spam',
    'lowers',
    'style',
    'A very long DM (over about 1,200 characters).',
  ),
  S(
    'long-cold-opener',
    'signal_long_cold_opener_name',
    'spam',
    'info',
    'style',
    'A first message to a stranger past 100 words (openers of 25–50 or 75–100 words get answered most).',
  ),
  S(
    'hard-to-read',
    'signal_hard_to_read_name',
    'spam',
    'info',
    'style',
    'Sentences averaging 28 words or more: hard to read on a phone.',
  ),
  S(
    'near-empty-message',
    'signal_near_empty_message_name',
    'spam',
    'info',
    'style',
    'Almost nothing to judge yet.',
  ),
  // Sending behaviour.
  S(
    'blanket-sending',
    'signal_blanket_sending_name',
    'spam',
    'lowers',
    'sending',
    'The same or a lightly edited draft went to several different people recently.',
  ),
  S(
    'repeated-to-same-recipient',
    'signal_repeated_to_same_recipient_name',
    'spam',
    'lowers',
    'sending',
    'A near-identical message was already sent to this same person.',
  ),
  S(
    'same-link-many-recipients',
    'signal_same_link_many_recipients_name',
    'spam',
    'lowers',
    'sending',
    'A link in the draft was recently sent to many different people.',
  ),
  S(
    'link-in-cold-opener',
    'signal_link_in_cold_opener_name',
    'spam',
    'lowers',
    'sending',
    'A link in the first message to someone you have never talked to.',
  ),
  S(
    'pace-daily',
    'signal_pace_daily_name',
    'spam',
    'lowers',
    'sending',
    'DMs sent in the last 24 hours are near or over the daily budget.',
  ),
  S(
    'pace-hourly',
    'signal_pace_hourly_name',
    'spam',
    'lowers',
    'sending',
    'New people messaged in the last hour are near or over the hourly budget.',
  ),
  S(
    'burst-new-contacts',
    'signal_burst_new_contacts_name',
    'spam',
    'lowers',
    'sending',
    'Many first messages to new people within minutes, which looks automated.',
  ),
] as const satisfies readonly SignalDef[];

export type SignalId = (typeof SIGNALS)[number]['id'];

const BY_ID: ReadonlyMap<string, SignalDef> = new Map(SIGNALS.map((s) => [s.id, s]));

/**
 * Old ids of renamed signals → their current id. Stored history and a user's "not an issue here"
 * choices carry old ids; `canonicalId` reads them.
 */
export const ALIASES: Readonly<Record<string, SignalId>> = {};

export function isSignalId(id: string): id is SignalId {
  return BY_ID.has(id);
}

/** The current id for `id` (itself, or the signal it was renamed to), or undefined if unknown. */
export function canonicalId(id: string): SignalId | undefined {
  if (isSignalId(id)) return id;
  return Object.hasOwn(ALIASES, id) ? ALIASES[id] : undefined;
}

export function signalDef(id: SignalId): SignalDef {
  return BY_ID.get(id)!;
}

/** Catalog key of the signal's short plain name ("Shortened link"), or undefined if unknown. */
export function signalNameKey(id: string): string | undefined {
  const c = canonicalId(id);
  return c ? BY_ID.get(c)!.name : undefined;
}
