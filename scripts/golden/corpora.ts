/**
 * The texts the golden set records detector hits on: every public corpus in ../shared/data and
 * Worthy's own fit cases, each turned into engine inputs the same way every run. The frozen
 * eval/cases/test.jsonl is never read here (only `npm run eval -- --frozen` reads it).
 */
import { existsSync } from 'node:fs';
import { DATA_DIR, loadDmLabelled, loadWorthyCases, loadYoutube } from '../../eval/data';
import { loadTweets } from '../../eval/relevance';
import { loadModern, loadSms } from '../../eval/spam';
import { type EngineInput, type ParsedInput, parseInput } from '../../src/engine/index';

/** A fixed clock, so nothing in a record depends on when the golden set was made or checked. */
const NOW = Date.parse('2026-11-23T10:00:00Z');

export interface Corpus {
  name: string;
  inputs: ParsedInput[];
}

function parsed(raw: EngineInput): ParsedInput {
  const r = parseInput({ now: NOW, ...raw });
  if (!r.ok) throw new Error(`golden input rejected: ${r.error}`);
  return r.input;
}

/** Tweets as drafts to a recipient whose posts are the next four tweets, so relevance runs too. */
function tweetInputs(): ParsedInput[] {
  const tweets = loadTweets();
  return tweets.map((t, i) =>
    parsed({
      draft: t.text,
      recipient: {
        handle: `@golden${i}`,
        posts: [1, 2, 3, 4].map((k) => tweets[(i + k) % tweets.length]!.text),
      },
    }),
  );
}

export function dataPresent(): boolean {
  return existsSync(DATA_DIR);
}

/** Every corpus, in a fixed order; each text in its corpus's file order. */
export function loadCorpora(): Corpus[] {
  return [
    { name: 'sms', inputs: loadSms().items.map((x) => parsed({ draft: x.text })) },
    {
      name: 'youtube',
      inputs: loadYoutube().flatMap((v) => v.items.map((x) => parsed({ draft: x.text }))),
    },
    { name: 'tweet-topic-xl', inputs: tweetInputs() },
    { name: 'dm-labelled', inputs: loadDmLabelled().map((d) => parsed(d.input)) },
    { name: 'worthy-fit', inputs: loadWorthyCases('fit').map((d) => parsed(d.input)) },
    { name: 'modern-dm', inputs: loadModern().map((x) => parsed({ draft: x.text })) },
  ];
}
