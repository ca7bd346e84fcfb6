/** Private-use characters the engines put around matches; never in user text once `stripMarkers` ran. */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Removes the marker characters from text before it is indexed. */
export function stripMarkers(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

/** Engine output with markers → HTML-escaped text with `<mark>…</mark>`; undefined when nothing matched. */
export function renderHighlight(raw: string | null | undefined): string | undefined {
  if (!raw || !raw.includes(HIGHLIGHT_PRE)) return undefined;
  return raw
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replace(/\uE000/g, '<mark>')
    .replace(/\uE001/g, '</mark>')
    .trim();
}
