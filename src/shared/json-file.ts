/** Reading a JSON file the user picked: the first checks every Worthy file format shares. */

export type JsonObjectParse =
  | { ok: true; json: Record<string, unknown> }
  | { ok: false; error: string };

/** Parses `text` as a JSON object; the error says what it is instead (`what`: "a Worthy backup"). */
export function parseJsonObject(text: string, what: string): JsonObjectParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: `expected a JSON object with ${what}` };
  }
  return { ok: true, json: json as Record<string, unknown> };
}
