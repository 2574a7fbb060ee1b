/**
 * Links and who they went to: the same link pushed to many people, or a link as the very first
 * thing a stranger receives from you. Links to the user's trusted domains never count.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit, strength } from '../../detector';
import { referencedUnit } from '../../relevance/reference';
import { linkHash } from '../../text/fingerprint';
import { isTrusted, linksOf, normaliseLink } from '../../text/links';
import { templateMatches } from './blanket';
import { contactedBefore, historyOf, normHandle, TEMPLATE_WINDOW_MS, within } from './history';

/** Web links outside the user's trusted domains; email addresses are judged elsewhere. */
function untrustedLinks(a: Analysis) {
  return linksOf(a).filter(
    (l) => l.kind !== 'email' && !isTrusted(l.domain, a.settings.trustedDomains),
  );
}

function sameLink(a: Analysis): Hit[] {
  const links = untrustedLinks(a);
  if (links.length === 0) return [];
  const wanted = new Map(links.map((l) => [linkHash(normaliseLink(l.href)), l]));
  const me = normHandle(a.recipient.handle);
  const reached = new Map<string, Set<string>>();
  const sent = historyOf(a);
  const inWindow = within(a, TEMPLATE_WINDOW_MS);
  for (let i = 0; i < sent.size; i++) {
    if (!inWindow(sent.at[i]!)) continue;
    const who = sent.who[i]!;
    if (me !== '' && who === me) continue;
    for (const h of sent.links(i)) {
      if (!wanted.has(h)) continue;
      const set = reached.get(h) ?? new Set<string>();
      set.add(who);
      reached.set(h, set);
    }
  }
  // blanket-sending already counts the whole template; the link then adds only a little.
  const templated = templateMatches(a).others.size >= 2;
  const out: Hit[] = [];
  for (const [h, people] of reached) {
    const n = people.size;
    if (n < 3) continue;
    const l = wanted.get(h)!;
    const weight = (n >= 10 ? 35 : n >= 5 ? 20 : 10) * (templated ? 0.5 : 1);
    out.push({
      id: 'same-link-many-recipients',
      value: strength(weight),
      message: a.t('signal_same_link_many_recipients_message', [n]),
      evidence: [evidence(a.draft, l.start, l.end)],
      suggestion: a.t('signal_same_link_many_recipients_suggestion'),
    });
  }
  return out;
}

function coldLink(a: Analysis): Hit[] {
  const c = a.context;
  if (c.kind !== 'cold' || c.theirMessages > 0 || c.myMessages > 0) return [];
  if (contactedBefore(a)) return [];
  const links = untrustedLinks(a);
  if (links.length === 0) return [];
  // A link after a real introduction that engages with their post (a speaker invite with the
  // event page) is far less of a risk than a link a stranger opens with or sends bare.
  const introduced = links[0]!.start > 0.4 * a.draft.length && referencedUnit(a) >= 0;
  return [
    {
      id: 'link-in-cold-opener',
      value: introduced ? 0.3 : 1,
      message: a.t('signal_link_in_cold_opener_message'),
      evidence: links.map((l) => evidence(a.draft, l.start, l.end)),
      suggestion: a.t('signal_link_in_cold_opener_suggestion'),
    },
  ];
}

export const sameLinkDetector: Detector = {
  name: 'same-link-many-recipients',
  signals: ['same-link-many-recipients'],
  run: sameLink,
};

export const coldLinkDetector: Detector = {
  name: 'link-in-cold-opener',
  signals: ['link-in-cold-opener'],
  run: coldLink,
};
