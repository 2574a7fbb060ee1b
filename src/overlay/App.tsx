/** The overlay's root: the badge, its panel, the warning and a polite live region. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { Badge } from './Badge';
import { VERDICT_WORD } from './labels';
import type { VerdictKind } from './model';
import { Notice } from './Notice';
import { Panel } from './Panel';
import { useAnchorBox } from './position';
import type { Store } from './store';
import { WarningDialog } from './WarningDialog';

const PANEL_ID = 'worthy-panel';

function useStore(store: Store) {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => setState(store.get()));
  }, [store]);
  return state;
}

/** Text for the live region: changes only when the verdict kind changes. */
function useAnnouncement(kind: VerdictKind | null): string {
  const prev = useRef<VerdictKind | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (kind === prev.current) return;
    prev.current = kind;
    if (kind) setText(msg('overlay_announce_verdict', [msg(VERDICT_WORD[kind])]));
  }, [kind]);
  return text;
}

export function App({ store }: { store: Store }) {
  const state = useStore(store);
  const { badge, warning, notice, theme, tick } = state;
  const [open, setOpen] = useState(false);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const box = useAnchorBox(badge?.anchor ?? null, tick);
  const kind = badge && badge.state !== 'paused' ? (badge.verdict?.verdict ?? null) : null;
  const announcement = useAnnouncement(badge ? kind : null);

  useEffect(() => {
    if (!badge) setOpen(false);
  }, [badge]);

  const close = (): void => {
    setOpen(false);
    badgeRef.current?.focus({ preventScroll: true });
  };

  return (
    <div class="w" data-theme={theme}>
      <div class="sr" role="status" aria-live="polite" aria-atomic="true" data-worthy="live">
        {announcement}
      </div>
      {badge && box ? (
        <Badge
          model={badge}
          box={box}
          expanded={open}
          panelId={PANEL_ID}
          buttonRef={badgeRef}
          onToggle={() => (open ? close() : setOpen(true))}
        />
      ) : null}
      {badge && box && open ? (
        <Panel id={PANEL_ID} model={badge} box={box} onClose={close} />
      ) : null}
      {notice ? <Notice model={notice} tick={tick} /> : null}
      {warning ? <WarningDialog model={warning} /> : null}
    </div>
  );
}
