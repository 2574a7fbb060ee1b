/**
 * The overlay's CSS, injected into Worthy's own shadow root (X's CSS cannot reach in, ours cannot
 * leak out). Colours are CSS variables per X theme; every verdict colour is at least 4.5:1 against
 * its theme's background (light: #00703c 6.2, #8a4b00 6.8, #c4122f 6.0; dim/dark: #3dd68c ≥8.0,
 * #f5b83d ≥8.5, #ff7a85 ≥6.0).
 */
export const HOST_STYLE =
  'all: initial !important; position: fixed !important; z-index: 2147483646 !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; display: block !important;';

export const CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0; width: 0; height: 0; }
.w {
  --accent: rgb(29, 155, 240);
  --ring: rgb(0, 116, 212);
  --bg: #ffffff; --surface: #f7f9f9; --fg: rgb(15, 20, 25); --muted: #536471;
  --border: rgb(207, 217, 222); --shadow: rgba(101, 119, 134, 0.2) 0 0 15px, rgba(101, 119, 134, 0.15) 0 0 3px 1px;
  --send: #00703c; --revise: #8a4b00; --hold: #c4122f;
  --hurt-bg: rgba(196, 18, 47, 0.14); --help-bg: rgba(0, 112, 60, 0.14);
  --primary-bg: rgb(15, 20, 25); --primary-fg: #ffffff; --backdrop: rgba(0, 0, 0, 0.4);
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  font-size: 15px; line-height: 20px; color: var(--fg);
  -webkit-font-smoothing: antialiased;
}
.w[data-theme="dim"] {
  --ring: rgb(29, 155, 240);
  --bg: rgb(21, 32, 43); --surface: rgb(30, 39, 50); --fg: rgb(247, 249, 249); --muted: #8b98a5;
  --border: rgb(56, 68, 77); --shadow: rgba(136, 153, 166, 0.2) 0 0 15px, rgba(136, 153, 166, 0.15) 0 0 3px 1px;
  --send: #3dd68c; --revise: #f5b83d; --hold: #ff7a85;
  --hurt-bg: rgba(255, 122, 133, 0.22); --help-bg: rgba(61, 214, 140, 0.2);
  --primary-bg: rgb(239, 243, 244); --primary-fg: rgb(15, 20, 25); --backdrop: rgba(91, 112, 131, 0.4);
}
.w[data-theme="dark"] {
  --ring: rgb(29, 155, 240);
  --bg: #000000; --surface: rgb(22, 24, 28); --fg: rgb(231, 233, 234); --muted: #8b98a5;
  --border: rgb(47, 51, 54); --shadow: rgba(255, 255, 255, 0.2) 0 0 15px, rgba(255, 255, 255, 0.15) 0 0 3px 1px;
  --send: #3dd68c; --revise: #f5b83d; --hold: #ff7a85;
  --hurt-bg: rgba(255, 122, 133, 0.24); --help-bg: rgba(61, 214, 140, 0.2);
  --primary-bg: rgb(239, 243, 244); --primary-fg: rgb(15, 20, 25); --backdrop: rgba(91, 112, 131, 0.4);
}
.w *, .w *::before, .w *::after { box-sizing: border-box; }
.w button { font: inherit; color: inherit; cursor: pointer; margin: 0; }
.w :focus { outline: none; }
.w :focus-visible { outline: 2px solid var(--ring); outline-offset: 2px; }
.sr { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.badge {
  position: fixed; display: inline-flex; align-items: center; gap: 6px; height: 28px; padding: 0 10px 0 8px;
  border-radius: 9999px; border: 1px solid var(--border); background: var(--bg); box-shadow: var(--shadow);
  font-size: 13px; font-weight: 700; line-height: 16px; white-space: nowrap;
  transition: border-color 150ms ease, color 150ms ease, opacity 150ms ease;
}
.badge:hover { background: var(--surface); }
.badge .dot { width: 10px; height: 10px; border-radius: 50%; background: var(--muted); flex: none; }
.badge .score { font-weight: 400; color: var(--muted); }
.badge[data-verdict="send"] { color: var(--send); border-color: var(--send); }
.badge[data-verdict="revise"] { color: var(--revise); border-color: var(--revise); }
.badge[data-verdict="hold"] { color: var(--hold); border-color: var(--hold); }
.badge[data-verdict="send"] .dot { background: var(--send); }
.badge[data-verdict="revise"] .dot { background: var(--revise); }
.badge[data-verdict="hold"] .dot { background: var(--hold); }
.badge[data-state="pending"] .dot { animation: pulse 1s ease-in-out infinite; }
.badge[data-state="error"], .badge[data-state="paused"] { color: var(--muted); border-color: var(--border); }
.badge[data-status="checking"] .dot { animation: pulse 1s ease-in-out infinite; }
.badge[data-status="unchecked"] { color: var(--revise); border-color: var(--revise); }
.badge[data-status="unchecked"] .dot { background: var(--revise); }
.notice {
  position: fixed; max-width: 340px; padding: 6px 10px; border-radius: 8px;
  border: 1px solid var(--revise); background: var(--bg); color: var(--fg); box-shadow: var(--shadow);
  font-size: 13px; line-height: 18px;
}
@keyframes pulse { 50% { opacity: 0.35; } }

.panel {
  position: fixed; width: 380px; max-width: calc(100vw - 16px); overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border-radius: 16px; box-shadow: var(--shadow);
  border: 1px solid var(--border); padding: 16px;
}
.panel:focus, .panel:focus-visible { outline: none; }
.panel h2 { font-size: 20px; line-height: 24px; font-weight: 800; margin: 0; }
.panel h3 { font-size: 15px; line-height: 20px; font-weight: 700; margin: 16px 0 6px; }
.panel p, .panel ul { margin: 0; }
.panel ul { padding: 0; list-style: none; }
.panel li { margin: 6px 0; }
.head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.close { border: 0; background: transparent; border-radius: 9999px; width: 32px; height: 32px; font-size: 18px; line-height: 32px; flex: none; }
.close:hover { background: var(--surface); }
.kind-send { color: var(--send); } .kind-revise { color: var(--revise); } .kind-hold { color: var(--hold); }
.sub { color: var(--muted); font-size: 13px; line-height: 16px; }
.foot { margin-top: 16px; padding-top: 12px; border-top: 1px solid var(--border); }
.mute { border: 1px solid var(--border); background: transparent; color: var(--fg); border-radius: 9999px; padding: 6px 14px; font: inherit; font-weight: 700; cursor: pointer; margin-bottom: 6px; }
.mute:hover { background: var(--surface); }
.meters { display: grid; gap: 10px; margin-top: 12px; }
.meter-row { display: grid; grid-template-columns: 84px 1fr 44px; align-items: center; gap: 8px; }
.meter-row .num { text-align: right; font-variant-numeric: tabular-nums; font-weight: 700; }
.meter { -webkit-appearance: none; appearance: none; display: block; width: 100%; height: 10px; border-radius: 9999px; background: var(--surface); border: 1px solid var(--border); overflow: hidden; }
.meter::-webkit-meter-bar { background: transparent; border: 0; border-radius: 9999px; height: 8px; }
.meter::-webkit-meter-optimum-value, .meter::-webkit-meter-suboptimum-value, .meter::-webkit-meter-even-less-good-value { background: var(--accent); border-radius: 9999px; }
.meter.spam::-webkit-meter-optimum-value, .meter.spam::-webkit-meter-suboptimum-value, .meter.spam::-webkit-meter-even-less-good-value { background: var(--hold); }
.meter::-moz-meter-bar { background: var(--accent); border-radius: 9999px; }
.meter.spam::-moz-meter-bar { background: var(--hold); }
.card { background: var(--surface); border-radius: 16px; padding: 12px; margin-top: 12px; }
.sev { display: inline-block; min-width: 56px; font-size: 13px; font-weight: 700; margin-right: 6px; }
.sev-high { color: var(--hold); } .sev-medium { color: var(--revise); } .sev-low, .sev-info { color: var(--muted); } .sev-good { color: var(--send); }
.draft { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; border: 1px solid var(--border); border-radius: 16px; padding: 12px; margin: 0; }
mark { color: inherit; border-radius: 4px; padding: 0 1px; }
mark.hurt { background: var(--hurt-bg); text-decoration: underline wavy var(--hold); text-underline-offset: 3px; }
mark.help { background: var(--help-bg); text-decoration: underline dotted var(--send); text-underline-offset: 3px; }
.quote { color: var(--muted); font-size: 13px; line-height: 16px; display: block; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.touched { color: var(--send); font-weight: 700; }

.backdrop { position: fixed; inset: 0; background: var(--backdrop); display: flex; align-items: center; justify-content: center; padding: 16px; }
.dialog {
  width: 420px; max-width: 100%; max-height: calc(100vh - 32px); overflow: auto; background: var(--bg); color: var(--fg);
  border-radius: 16px; padding: 24px; box-shadow: var(--shadow);
}
.dialog h2 { font-size: 20px; line-height: 24px; font-weight: 800; margin: 0 0 8px; }
.dialog ul { margin: 12px 0 0; padding-left: 20px; }
.dialog li { margin: 6px 0; }
.actions { display: grid; gap: 12px; margin-top: 20px; }
.btn { min-height: 44px; border-radius: 9999px; padding: 0 24px; font-weight: 700; border: 1px solid var(--border); background: transparent; }
.btn.primary { background: var(--primary-bg); color: var(--primary-fg); border-color: var(--primary-bg); }
.btn:hover { filter: brightness(0.95); }
.btn:disabled { opacity: 0.5; cursor: default; }

@media (prefers-reduced-motion: reduce) {
  .w *, .w *::before, .w *::after { transition: none !important; animation: none !important; }
}
`;
