import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written by pdfkit with its standard fonts: every content stream is inflated and the hex
 * strings of its TJ arrays decoded (WinAnsi; 0x80 is €). Enough to check which figures a PDF shows.
 */
export function pdfTekst(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  const stream = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = stream.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const text = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((hex) => Buffer.from(hex[1], 'hex').toString('latin1'))
        .join('')
        .replace(/\x80/g, '€');
      parts.push(text);
    }
  }
  return parts.join('\n');
}
