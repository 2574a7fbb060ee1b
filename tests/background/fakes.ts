/** In-memory fakes of what the worker's handlers need (store, session storage, clock). */
import type {
  BackgroundDeps,
  BackgroundStore,
  RememberedProfile,
  SendInput,
} from '../../src/background/deps';
import { type SessionArea, tabSession } from '../../src/background/session';
import { BACKUP_KIND, BACKUP_VERSION } from '../../src/shared/backup';
import type { HistorySummary } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

export function fakeStore(overrides: Partial<BackgroundStore> = {}) {
  const profiles = new Map<string, RememberedProfile>();
  const sends: SendInput[] = [];
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const store: BackgroundStore = {
    async rememberProfile(p) {
      profiles.set(p.handle.toLowerCase(), { ...p });
    },
    async getProfile(handle) {
      return profiles.get(handle.toLowerCase()) ?? null;
    },
    async recordSend(r) {
      sends.push(r);
    },
    // Every send is a candidate and the counts are not kept: what the store's indexes narrow
    // down is tested against the real store (tests/background/store/candidates.test.ts).
    async sendHistory(q) {
      return {
        history: sends
          .filter((s) => s.recipient !== null && (s.account ?? '') === q.account)
          .map((s) => ({
            recipient: s.recipient!,
            at: s.at,
            fingerprint: s.fingerprint,
            links: s.links,
          })),
        stats: {
          sentLastDay: 0,
          newContactsLastHour: 0,
          newContactsLastBurst: 0,
          contactedBefore: sends.some((s) => s.recipient === q.recipient),
        },
      };
    },
    async historySummary(): Promise<HistorySummary> {
      const counts = { sent: sends.length, held: 0, overridden: 0, unchecked: 0 };
      return {
        today: counts,
        week: counts,
        dailyBudget: 100,
        perDay: [],
        topSignals: [],
        templates: [],
        storage: { available: true, counts: { profiles: profiles.size, sends: sends.length } },
      };
    },
    async exportAll() {
      return {
        kind: BACKUP_KIND,
        version: BACKUP_VERSION,
        exportedAt: new Date(NOW).toISOString(),
        settings,
        profiles: [],
        sends: [],
        contacts: [],
        daily: [],
      };
    },
    async restoreAll(b) {
      settings = b.settings;
      return { sends: b.sends.length, profiles: b.profiles.length, contacts: 0, days: 0 };
    },
    async deleteAll() {
      profiles.clear();
      sends.length = 0;
    },
    async deleteRecipient(handle) {
      profiles.delete(handle.toLowerCase());
    },
    async loadSettings() {
      return settings;
    },
    async saveSettings(s) {
      settings = s;
      return s;
    },
    async updateSettings(change) {
      settings = change(settings);
      return settings;
    },
    async memory() {
      return true;
    },
    ...overrides,
  };
  return { store, profiles, sends };
}

export function fakeSessionArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}

export const NOW = Date.parse('2026-03-02T10:00:00Z');

export function fakeDeps(overrides: Partial<BackgroundDeps> = {}) {
  const s = fakeStore();
  const area = fakeSessionArea();
  const deps: BackgroundDeps = {
    store: s.store,
    session: tabSession(area),
    vectors: async () => undefined,
    now: () => NOW,
    ...overrides,
  };
  return { deps, ...s, area };
}

export const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const contentSender = {
  id: EXT_ID,
  url: 'https://x.com/i/chat/111-222',
  tab: { id: 7, url: 'https://x.com/i/chat/111-222' },
};
export const popupSender = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/src/popup/index.html` };
