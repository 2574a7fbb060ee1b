/**
 * Text from a CSV or JSON file shown on a terminal: control characters are escaped, so a handle
 * holding an ESC sequence cannot clear the screen, move the cursor or recolour the table, and a
 * bidirectional override cannot reorder what the reader sees. Escaped as `\xNN` or `\u{NNNN}`.
 */

// C0 controls, DEL, C1 controls (0x9b is a one-byte CSI on some terminals), line and paragraph
// separators, bidirectional marks, embeddings, overrides and isolates.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
