import { render } from '@testing-library/preact';
import { App, type PopupTab } from '../../src/popup/App';
import { type MockState, mockApi } from '../../src/popup/api-mock';
import { NOW } from './fixtures';

/** Renders the whole popup over a fresh mock; returns the mock to inspect calls. */
export function renderPopup(init: Partial<MockState> = {}, tab: PopupTab = 'guidance') {
  const api = mockApi(init);
  const view = render(<App api={api} initialTab={tab} now={() => NOW} />);
  return { api, ...view };
}

export const callsOf = (api: ReturnType<typeof mockApi>, method: string) =>
  api.calls.filter((c) => c.method === method);
