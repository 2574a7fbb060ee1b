/**
 * Zero-shot topic seeds: the 19 TweetTopicXL topics (Antypas et al. 2022), each described by
 * words written by hand from general knowledge (not read off any labelled tweet). Used to build a
 * topic's centroid in word-vector space.
 */
export const TOPICS = [
  'arts & culture',
  'business & entrepreneurs',
  'celebrity & pop culture',
  'diaries & daily life',
  'family',
  'fashion & style',
  'film/tv & video',
  'fitness & health',
  'food & dining',
  'gaming',
  'learning & educational',
  'music',
  'news & social concern',
  'other hobbies',
  'relationships',
  'science & technology',
  'sports',
  'travel & adventure',
  'youth & student life',
] as const;

export type Topic = (typeof TOPICS)[number];

export const TOPIC_SEEDS: Record<Topic, string> = {
  'arts & culture':
    'art artist artists painting paintings painter gallery museum exhibition sculpture drawing sketch poetry poem poet literature novel author writer theatre theater ballet opera culture cultural heritage design photography illustration craft creative mural canvas',
  'business & entrepreneurs':
    'business entrepreneur entrepreneurs startup startups company companies founder ceo investor investors investment invest market marketing sales revenue profit customers brand economy finance financial stocks stock funding venture growth strategy management leadership hiring job jobs career industry commerce retail',
  'celebrity & pop culture':
    'celebrity celebrities famous star stars fans fan singer actor actress kardashian gossip award awards grammy oscars red carpet idol idols kpop bts influencer viral trending paparazzi tabloid icon rumors premiere',
  'diaries & daily life':
    'morning coffee breakfast tired sleep woke home life feeling mood today weekend monday lazy chores errands bed routine day happy sad bored nap shower commute grateful thoughts mood life',
  family:
    'family mom dad mother father parents parent kids children child son daughter baby brother sister grandma grandpa grandmother grandfather aunt uncle cousin wife husband siblings parenting toddler newborn',
  'fashion & style':
    'fashion style outfit outfits dress dresses clothes clothing wear shoes sneakers jacket jeans designer model models runway vogue makeup beauty hair hairstyle skincare jewelry accessories wardrobe trendy boutique',
  'film/tv & video':
    'movie movies film films cinema director actor actress episode episodes series season show shows television tv netflix streaming trailer documentary sitcom drama anime youtube video videos screenplay hollywood',
  'fitness & health':
    'fitness health healthy workout workouts gym exercise training running run yoga diet nutrition weight cardio muscle strength marathon wellness doctor hospital medicine mental therapy disease vaccine covid sleep calories',
  'food & dining':
    'food foods restaurant restaurants dinner lunch breakfast recipe recipes cooking cook chef kitchen meal meals pizza burger pasta cake dessert coffee wine beer delicious tasty bakery baking menu eat eating vegan',
  gaming:
    'game games gaming gamer gamers video playstation xbox nintendo console pc steam twitch stream streamer esports minecraft fortnite multiplayer controller rpg level boss quest players',
  'learning & educational':
    'learning learn education educational school teacher teachers students lesson lessons course courses class classes study research knowledge lecture tutorial university college training skills teaching books reading science history',
  music:
    'music song songs album albums singer band bands concert concerts tour guitar piano drums rap hip-hop rock pop jazz playlist spotify lyrics musician musicians producer studio single vocals',
  'news & social concern':
    'news government politics political president election vote voting police protest protests rights law court war crisis climate policy senate congress minister democracy justice violence racism economy inflation report crime',
  'other hobbies':
    'hobby hobbies gardening garden knitting fishing hiking camping photography collecting crafts woodworking painting puzzles chess reading pets dog dogs cat cats birds diy collection volunteering cycling',
  relationships:
    'relationship relationships love boyfriend girlfriend partner dating date crush marriage married wedding husband wife romance romantic heart breakup friends friendship friend couple together miss kiss',
  'science & technology':
    'science scientific technology tech research data software computer computers ai artificial intelligence robot internet app apps digital engineering physics chemistry biology space nasa innovation coding programming smartphone crypto blockchain',
  sports:
    'sports sport football soccer basketball baseball hockey tennis golf cricket rugby team teams player players coach league match game season championship goal score win victory nba nfl fifa olympics',
  'travel & adventure':
    'travel traveling trip trips vacation holiday flight flights airport beach island mountains adventure explore tourism tourist hotel journey destination road trip backpacking passport abroad cruise sightseeing',
  'youth & student life':
    'student students school college university campus class classes exam exams homework teacher graduation graduate semester dorm teen teens teenager youth friends study studying prom high-school freshman',
};

/** A TweetTopicXL label ("Film, TV & Video") as one of `TOPICS`. */
export function topicOfLabel(label: string): Topic {
  const t = label.toLowerCase().replace('film, tv & video', 'film/tv & video');
  if (!(TOPICS as readonly string[]).includes(t)) throw new Error(`unknown topic label: ${label}`);
  return t as Topic;
}
