const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Free text from users is always escaped before it goes into HTML mail or documents. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A plain, readable mail layout: one column, large type, works on a phone. */
export function mailLayout(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<div style="max-width:640px;margin:0 auto;padding:24px;background:#ffffff;font-size:16px;line-height:1.5">
<h1 style="font-size:22px;color:#0b4f6c">${escapeHtml(title)}</h1>${bodyHtml}
<p style="font-size:13px;color:#555;margin-top:32px">Matchpunt — werkgeversservicepunt</p></div></body></html>`;
}
