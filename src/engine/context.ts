/**
 * Who started the thread, what kind of thread it is, and what is still open in it. A reply to a
 * customer who wrote in about their problem is judged against what they asked; a conversation
 * between people who already talk is judged more lightly; a cold DM is held to a higher bar.
 *
 * A thread they started counts as a customer thread: people write first to a business about
 * their own problem far more often than to a peer. It counts as an ongoing conversation once we
 * have replied and their opening was not about a service (an order, a refund, an account, a
 * booking… in any of the languages Worthy reads): a plan, a joke, an offer between peers.
 */
import type { ThreadMessage } from './schema';
import { kindsIn } from './signals/conversation/asks';
import type { ConversationContext } from './types';

/** The vocabulary of writing to a business about your own problem. */
const SERVICE_REQUEST = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:order|orders|refund|return|returns|delivery|delivered|deliver|shipping|shipped|parcel|package|tracking|account|login|log\s?in|password|charged|charge|charges|billing|bill|subscription|cancel|booking|booked|reservation|ticket|tickets|warranty|replacement|exchange|broken|damaged|faulty|missing|arrived|broadband|router|outage|app|update|preorder|pre-order|store|branch|customer|support|seat|seating|check-in|baggage|bag|flight|claim|meter|contract|plan|porting|network|stopped\s+working|not\s+working|doesn'?t\s+work|won'?t\s+(?:turn\s+on|start|charge)|charger|warranty|receipt|invoice\s+(?:is|was)\s+wrong)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:pedido|reembolso|devoluci[oó]n|devolv|env[ií]o|entrega|cuenta|contrase[ñn]a|factura|cobrad|suscripci[oó]n|reserva|garant[ií]a|contrato|baja|titular|encomenda|entrega|conta|senha|fatura|cobran|assinatura|reembolso|vencimento|app\s+do\s+banco|commande|colis|livr|remboursement|compte|facture|abonnement|r[eé]servation|garantie|retard|annul|op[eé]rateur|bestellung|lieferung|paket|konto|rechnung|vertrag|abo|z[aä]hler|r[uü]ckerstattung|ordine|consegna|rimborso|fattura|abbonamento|prenotazione|taglia|negozio|pesanan|paket|resi|refund|akun|saldo|tagihan|dompet|transaksi|order\s+id|refund\s+kab|wallet|login\s+hua|kurta|exchange)`,
    '注文|返金|返品|配送|請求|アカウント|ログイン|予約|解約|طلب|استرداد|الفاتورة|فاتورة|حساب|الحجز|حجز|الشنط|رحلة|خدمة العملاء',
  ].join('|'),
  'iu',
);

// A question mark in any script, or a request the question reader recognises.
const QUESTION_MARK = /[?？؟]/;

export function asksSomething(text: string): boolean {
  return QUESTION_MARK.test(text) || kindsIn(text).length > 0;
}

export function detectContext(messages: readonly ThreadMessage[] = []): ConversationContext {
  const real = messages.filter((m) => m.text.trim() !== '');
  const theirMessages = real.filter((m) => m.from === 'them').length;
  const myMessages = real.length - theirMessages;
  const first = real[0];
  let kind: ConversationContext['kind'] = 'cold';
  if (first?.from === 'them') {
    // They wrote first: a customer thread, unless we have talked since and what they opened
    // with is not about a service (a plan, a joke, an offer between peers).
    const opening = real.slice(0, 3).filter((m) => m.from === 'them');
    const service = opening.some((m) => SERVICE_REQUEST.test(m.text));
    kind = service || myMessages === 0 ? 'customer-initiated' : 'ongoing';
  } else if (theirMessages > 0) kind = 'ongoing';

  // Their latest message is "open" when we have not written since and it asks something.
  let openQuestion: ConversationContext['openQuestion'] = null;
  for (let i = real.length - 1; i >= 0; i--) {
    const m = real[i]!;
    if (m.from === 'me') break;
    if (asksSomething(m.text)) {
      openQuestion = { text: m.text, index: messages.indexOf(m) };
      break;
    }
  }
  return { kind, openQuestion, theirMessages, myMessages };
}
