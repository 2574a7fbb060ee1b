/**
 * "Copy page diagnostics" where the popup says Worthy cannot read the page (issue 13): the tab's
 * report of which selectors matched and the element skeleton around the message box, with none
 * of the page's text, ids or handles (sites/x/page-report.ts), put on the clipboard for a bug
 * report. What was copied can be read right here before it is pasted anywhere.
 */
import { useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import { copyText } from '../../ui/clipboard';
import type { WorthyApi } from '../api';

type State =
  | { phase: 'idle' }
  | { phase: 'copied' | 'shown'; report: string }
  | { phase: 'failed'; error: string };

export function CopyDiagnostics({ api, tabId }: { api: WorthyApi; tabId: number }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const copy = async () => {
    const r = await api.pageReport(tabId);
    if (!r.ok) return setState({ phase: 'failed', error: r.error });
    const copied = await copyText(r.data, document.body);
    setState({ phase: copied ? 'copied' : 'shown', report: r.data });
  };
  return (
    <div class="p-diagnostics">
      <p class="p-muted">{msg('popup_diagnostics_text')}</p>
      <button type="button" class="p-btn" data-worthy="copy-diagnostics" onClick={copy}>
        {msg('popup_diagnostics_copy')}
      </button>
      <p role="status" class="p-muted">
        {state.phase === 'copied' && msg('popup_diagnostics_copied')}
        {state.phase === 'shown' && msg('popup_diagnostics_not_copied')}
      </p>
      {state.phase === 'failed' && (
        <p class="p-error" role="alert">
          {state.error}
        </p>
      )}
      {(state.phase === 'copied' || state.phase === 'shown') && (
        <details class="p-diagnostics__report" open={state.phase === 'shown'}>
          <summary>{msg('popup_diagnostics_show')}</summary>
          <pre data-worthy="diagnostics-report">{state.report}</pre>
        </details>
      )}
    </div>
  );
}
