/**
 * English word lists for pushy and promotional language. Pure data: phrases in the syntax of
 * `words.ts` (`a|b` alternatives, `pre*` prefix, `#` number, `_` any word, `=N` weight).
 *
 * Weights are points on the spam axis for the strongest phrase of a kind; more phrases of the
 * same kind add a fraction (see `pushy.ts`). Ambiguous everyday words ("free", "offer", "win")
 * carry small weights so "are you free tonight?" costs almost nothing on its own.
 */

export type PushyCategory =
  | 'promo-discount'
  | 'call-to-action'
  | 'urgency-scarcity'
  | 'guarantee-claim'
  | 'prize-money-claim'
  | 'premium-rate-text'
  | 'crypto-investment-pitch'
  | 'fake-collab-pitch'
  | 'account-phishing'
  | 'off-platform-request';

export const PUSHY_LISTS: Record<PushyCategory, { weight: number; phrases: readonly string[] }> = {
  'promo-discount': {
    weight: 14,
    phrases: [
      'discount|discounts|discounted',
      'promo|promos|coupon|coupons|voucher|vouchers',
      'promo code|discount code|coupon code|voucher code=20',
      'use code|use my code|with code=18',
      'special offer|exclusive offer|limited offer|best offer|introductory offer=18',
      'special price|best price|lowest price|lowest prices|unbeatable price|half price=16',
      'sale|clearance=6',
      'flash sale|mega sale=16',
      'buy one get one|bogo=18',
      'free trial|free shipping|free delivery|free sample|free samples=12',
      'for free=10',
      'free=6',
      // Everyday uses of "free" that no spammer needs: weight 0 hides the shorter match.
      "are you free|r u free|u free|you free|you're free|youre free|i'm free|im free|i am free|be free|feel free|free time|free tonight|free tomorrow|free this weekend|free next week|free on|free at|free for a chat|free for coffee|free for lunch|free to chat|free to talk|free of charge for you=0",
      'absolutely free|totally free|completely free|100 free=18',
      'cheap|cheapest|bargain=8',
      'offer=5',
      'offers=6',
      'save big|save up to=16',
      'order now|shop now|buy now|order today=18',
      'free entry|free entries|free msg|freemsg=24',
      'free ringtone|free ringtones|free tones|free phone|free mobile|free camera|free video=24',
      'unlimited texts|unlimited calls|free minutes|free mins|free texts|free text=20',
      'ringtone|ringtones|polyphonic|wallpaper=14',
      'latest colour|latest color|camcorder|camera phone|video phone|mobile upgrade|upgrade your phone=16',
      'line rental|linerental|tariff|tariffs|double mins|double txt|free line rental=14',
      'freephone|free phone|free call|free calls=16',
      'tones|polys|logos|mobile content=10',
      'your mobile|ur mobile|to your phone|ur phone|your fone|ur fone|your handset=6',
      'loan|loans|credit card|credit score=6',
      'dating service|hot singles|meet singles|sexy singles|xxx pics|xxx videos|adult content|horny|hunks=18',
      'sexy|naughty|filthy|babes|hardcore=6',
      'onlyfans|only fans|fansly|spicy content|spicy pics=20',
      'weight loss|lose weight|miracle cure|viagra|cialis=20',
      'credit repair|debt free|debt relief|loan approved|pre approved|pre-approved=20',
    ],
  },
  'call-to-action': {
    weight: 12,
    phrases: [
      'click|tap=8',
      'click here|click the link|click this link|click on the link|click below|click now=16',
      'tap the link|tap here|tap below|follow the link|follow this link|visit the link=16',
      'sign up|signup|register now|register today|join now|join today|enrol now|enroll now=14',
      'subscribe|subscribe now=10',
      'dm me|dm me back|message me back|text me back|reply back=10',
      'book a call|book a demo|schedule a call|hop on a call|jump on a call|quick call=12',
      'book a meeting|schedule a demo|grab a slot|pick a time=10',
      'check my bio|check out my bio|link in bio|link in my bio|see my bio|visit my bio=22',
      'check my page|check out my page|visit my page|check my profile|check out my profile=18',
      'follow me|follow back|follow for follow|f4f|like for like|l4l=14',
      'reply yes|reply y|reply with yes|answer yes=16',
      'call now|call us now|call today|call us today|ring now=16',
      'visit our website|visit our site|visit my website|go to our website=12',
      'send me your|send us your=8',
      "don't miss out|dont miss out|don't miss|dont miss=10",
      'learn more|find out more=6',
      'get started|get yours|get it now|grab yours|grab it now=12',
      'apply now|apply today|download now|install now=14',
      'to claim|to redeem|to collect=12',
      'call #=8',
      'reply #|reply _ to #=10',
    ],
  },
  'urgency-scarcity': {
    weight: 14,
    phrases: [
      'limited time|limited time only|for a limited time=18',
      'only # left|only # spots|only # spots left|only # places|only # seats|few spots left=20',
      'spots are limited|spaces are limited|limited spots|limited spaces|limited slots=18',
      'expires|expiring|expiry=10',
      'expires today|expires tonight|expires soon|ends today|ends tonight|ends soon|ends midnight=20',
      "act now|act fast|act quickly|don't wait|dont wait|hurry now=18",
      'hurry|hurry up=6',
      'today only|tonight only|this week only|24 hours only|48 hours only=20',
      'last chance|final chance|final notice|final reminder|final attempt|final call=20',
      'urgent|urgently=12',
      "before it's too late|before its too late|while stocks last|while supplies last=20",
      'offer ends|offer expires|deal ends|sale ends|promo ends=18',
      'within 24 hours|within 24hrs|within 48 hours|within # hours=12',
      'immediately|asap=5',
      "now or never|once in a lifetime|don't miss this|dont miss this=18",
      'selling fast|almost gone|going fast|first come first served=16',
    ],
  },
  'guarantee-claim': {
    weight: 14,
    phrases: [
      'guaranteed|guarantee|guarantees=12',
      '100 guaranteed|fully guaranteed|money back guarantee=20',
      'money back=8',
      'risk free|risk-free|no risk|zero risk|without risk=18',
      'no credit check=18',
      // Reassurance in a genuine offer ("happy to send a pair, no obligation"): a hint, not a claim.
      'no strings attached|no catch|no obligation|no commitment=6',
      'double your|triple your|10x your|multiply your=20',
      'no experience needed|no experience required|work from home|be your own boss=18',
      'earn # a day|earn # per day|earn # a week|earn # per week|make # a day|make # a week=24',
      '100 free|100 real|100 legit|100 legit and safe=14',
      'instant approval|instant payout|instant withdrawal=18',
    ],
  },
  'prize-money-claim': {
    weight: 24,
    phrases: [
      "you've won|you have won|youve won|u have won|u've won|uve won|you won|you are a winner|you're a winner|u are a winner|you have been selected|you've been selected=34",
      'winner|winners|won=10',
      'prize|prizes|jackpot|lottery|sweepstake|sweepstakes|raffle=22',
      'claim your|claim ur|claim now|claim it now|claim your prize|claim your reward|claim code=28',
      'claim=14',
      'cash prize|cash award|cash reward|cash bonus=30',
      'cash|money=5',
      'free gift|free gifts|gift card|gift cards|giftcard|free voucher=22',
      'reward|rewards|award|awarded|bonus=10',
      'selected to receive|chosen to receive|been selected|been chosen|specially selected=26',
      // Friends congratulate each other too; prize scams also say "won"/"claim", which weigh more.
      'congratulations|congrats|congratulation=3',
      'guaranteed prize|guaranteed cash|guaranteed award=30',
      'holiday|vacation|cruise=5',
      'mobile number has won|number has won|has won=30',
      'your entry|entry into|enter to win|chance to win|chance of winning|win a|win an|to win=16',
      'valid #|valid for # hours|valid 12hrs|valid 12 hrs=16',
      'unclaimed|unredeemed|redeem|redeemable=20',
      'business proposal|kindly reply|kindly send|kindly provide|inheritance|beneficiary|next of kin=22',
    ],
  },
  'premium-rate-text': {
    weight: 26,
    phrases: [
      'reply stop|send stop|text stop|txt stop|stop to #|stop 2 #|to opt out|to optout|opt out=28',
      't cs|t c|tcs|t c s|cs apply|t cs apply|terms apply=22',
      'po box|pobox|p o box=26',
      'per msg|per message|per min|per minute|msg rcvd|per txt|per text|pmsg=26',
      'std rate|std txt rate|standard rates apply|network charges|network operator=22',
      '18 only|18s only|over 18s=22',
    ],
  },
  'crypto-investment-pitch': {
    weight: 28,
    phrases: [
      'airdrop|airdrops|presale|pre sale|pre-sale|ico|whitelist|whitelisted=30',
      'guaranteed returns|guaranteed profit|guaranteed profits|guaranteed income|fixed returns=36',
      'crypto|cryptocurrency|bitcoin|btc|eth|ethereum|usdt|solana|memecoin|altcoin|nft|nfts=14',
      'forex|binary options|trading signals|signals group|vip signals|vip group|pump=26',
      'dm for signals|dm me for signals|join my signals|join our signals=36',
      '10x|100x|1000x|moonshot|to the moon|wagmi|gem=16',
      'passive income|financial freedom|make money online|earn from home|side hustle=22',
      'investment opportunity|investment plan|invest with me|investment platform|invest now=28',
      'roi|returns|profit|profits|payout=8',
      'account manager|trading platform|mining|staking|yield farming=12',
      'connect your wallet|connect wallet|wallet address|claim tokens|claim your tokens|free tokens|token launch=32',
      'mint|minting|mint now|free mint=14',
    ],
  },
  'fake-collab-pitch': {
    weight: 22,
    phrases: [
      'collab|collabs|collaboration|collaborate|partnership=12',
      'love to collab|love to collaborate|like to collab|want to collab|open to collab|interested in a collab=24',
      'ambassador|ambassadors|ambassador program|brand ambassador|brand ambassadors=26',
      'promote your|promote your page|promote your account|promote your brand|promote your music|promote your work=26',
      'grow your followers|grow your page|grow your account|grow your audience|gain followers|more followers|real followers|get followers=26',
      'boost your|boost your page|boost your account|boost your engagement|organic growth=20',
      'shoutout|shout out|paid promo|paid promotion|promo post|feature your|feature you=16',
      'dm our main page|dm our main account|message our main page|dm us on our main=30',
      'your account has great potential|your content caught|great potential|caught our attention|caught my attention=10',
      'influencer|influencers|content creators=8',
      'free products|free product|in exchange for a post|send you free=18',
      'small fee|for a fee|for a small fee=16',
    ],
  },
  'account-phishing': {
    weight: 30,
    phrases: [
      'verify your account|verify your identity|verify your details|verify your information|confirm your account|confirm your identity=36',
      'account will be suspended|account will be deleted|account will be disabled|account will be locked|account has been suspended|account has been locked|account has been restricted|account has been flagged|account has been compromised=38',
      'account suspended|account locked|account restricted|account limited|account flagged|suspension=24',
      'confirm your password|enter your password|your password|reset your password|share your password|send your password=34',
      'login here|log in here|sign in here|login now|log in now|login to verify|log in to verify=30',
      'copyright violation|copyright infringement|copyright strike|copyright claim|violated our|violating our|community guidelines|terms of service=30',
      'blue check|blue tick|blue checkmark|verification badge|verified badge|get verified|verification request|verification form=26',
      'unusual activity|suspicious activity|unauthorized access|unauthorised access|security alert|security team|support team=18',
      'seed phrase|recovery phrase|private key|secret phrase|2fa code|verification code|one time code|otp=34',
      'update your payment|payment details|billing information|card details|bank details=24',
      'appeal form|submit an appeal|file an appeal|fill the form|fill out the form=24',
      'dear user|dear account holder|dear customer=14',
      'will be permanently|permanently deleted|permanently banned|permanently suspended=24',
    ],
  },
  'off-platform-request': {
    weight: 12,
    phrases: [
      'text me at|text me on|message me at|message me on|msg me on|contact me at|contact me on=14',
      "reach me at|reach me on|hit me up on|add me on|let's chat on|lets chat on|let's talk on|lets talk on=12",
      'call me at|call me on|ring me on|my number is|my number|my phone number|my cell=12',
      'on whatsapp|via whatsapp|on telegram|via telegram|on wechat|on kik|on snapchat|on discord=16',
      'move this to|move to whatsapp|move to telegram|switch to whatsapp|switch to telegram=18',
      'email me at|mail me at|send me an email|drop me an email|email me on=8',
    ],
  },
};

/** Greetings that show the sender does not know who they are writing to. */
export const GREETING_LISTS: Record<
  'generic-greeting',
  { weight: number; phrases: readonly string[] }
> = {
  'generic-greeting': {
    weight: 12,
    phrases: [
      'dear sir|dear madam|dear sir madam|dear sir or madam|dear sirs=16',
      'dear valued customer|dear valued member|dear valued client|valued customer=18',
      'dear customer|dear client|dear member|dear user|dear winner|dear friend|dear beloved=14',
      'to whom it may concern=12',
      'hello friend|hi friend|hey friend|hello dear|hi dear|hey dear|hello beautiful|hi beautiful|hello handsome|hi handsome=12',
      "hi there|hello there|hey there|greetings|greetings of the day|hope you're doing well|hope this message finds you well|hope this finds you well|i hope this message finds you well=4",
    ],
  },
};
