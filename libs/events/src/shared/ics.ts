/** A tiny RFC 5545 writer: one VEVENT per calendar, enough for mail clients to add or cancel an appointment. */
export interface IcsEvent {
  /** Stable per appointment, so an update or cancellation replaces the same calendar entry. */
  uid: string;
  start: Date;
  eind: Date;
  titel: string;
  beschrijving?: string;
  locatie?: string;
  url?: string;
  /** REQUEST adds or updates, CANCEL removes. */
  methode?: 'REQUEST' | 'CANCEL';
  /** Raise on every change of the same uid. */
  volgnummer?: number;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function icsTekst(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space (§3.1). */
export function vouw(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = Buffer.byteLength(char, 'utf8');
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function maakIcs(event: IcsEvent | IcsEvent[], nu: Date = new Date()): string {
  const events = Array.isArray(event) ? event : [event];
  const methode = events[0]?.methode ?? 'REQUEST';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Matchpunt//Events//NL', 'CALSCALE:GREGORIAN', `METHOD:${methode}`, ...events.flatMap((e) => vevent(e, nu)), 'END:VCALENDAR'];
  return lines.map(vouw).join('\r\n') + '\r\n';
}

function vevent(event: IcsEvent, nu: Date): string[] {
  const methode = event.methode ?? 'REQUEST';
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.volgnummer ?? 0}`,
    `DTSTAMP:${stamp(nu)}`,
    `DTSTART:${stamp(event.start)}`,
    `DTEND:${stamp(event.eind)}`,
    `SUMMARY:${icsTekst(event.titel)}`,
    ...(event.beschrijving ? [`DESCRIPTION:${icsTekst(event.beschrijving)}`] : []),
    ...(event.locatie ? [`LOCATION:${icsTekst(event.locatie)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${methode === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** As a mail attachment (base64). */
export function icsBijlage(event: IcsEvent, filename = 'afspraak.ics') {
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${event.methode ?? 'REQUEST'}`,
    content: Buffer.from(maakIcs(event), 'utf8').toString('base64'),
  };
}
