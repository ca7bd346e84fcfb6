import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring links in the aanbodskrant mail: "interesse" per candidate card and "afmelden" per mail.
 * The token is `<payload>.<signature>` in base64url; the payload is binary (version, purpose, edition,
 * contactpersoon, candidate, expiry) so the link stays short, and the signature is HMAC-SHA256 (first 16
 * bytes) with a key derived from JWT_SECRET for this purpose only. Pure: the caller passes the clock.
 */
export type LinkDoel = 'INTERESSE' | 'AFMELDEN';

export interface LinkGegevens {
  doel: LinkDoel;
  editieId: string;
  contactpersoonId: string;
  /** The candidate of the card (INTERESSE only). */
  kandidaatId: string | null;
  verlooptOp: Date;
}

export type LinkOordeel = { geldig: true; gegevens: LinkGegevens } | { geldig: false; reden: 'ONGELDIG' } | { geldig: false; reden: 'VERLOPEN'; verlooptOp: Date };

const VERSIE = 1;
const DOEL_CODE: Record<LinkDoel, number> = { INTERESSE: 1, AFMELDEN: 2 };
const PAYLOAD_BYTES = 1 + 1 + 16 + 16 + 16 + 4;
const SIGNATURE_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUL_UUID = '00000000-0000-0000-0000-000000000000';

/** The signing key: derived from JWT_SECRET, so a link token can never pass as an access token or the reverse. */
export function linkSleutel(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('matchpunt:aanbodskrant-link:v1').digest();
}

export function tekenLink(sleutel: Buffer, g: LinkGegevens): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSIE, 0);
  payload.writeUInt8(DOEL_CODE[g.doel], 1);
  uuidNaarBytes(g.editieId).copy(payload, 2);
  uuidNaarBytes(g.contactpersoonId).copy(payload, 18);
  uuidNaarBytes(g.kandidaatId ?? NUL_UUID).copy(payload, 34);
  payload.writeUInt32BE(Math.floor(g.verlooptOp.getTime() / 1000), 50);
  return `${payload.toString('base64url')}.${handtekening(sleutel, payload).toString('base64url')}`;
}

/** Checks signature, purpose and expiry. A forged, altered or malformed token is ONGELDIG; only a genuine one can be VERLOPEN. */
export function controleerLink(sleutel: Buffer, token: unknown, doel: LinkDoel, nu: Date): LinkOordeel {
  if (typeof token !== 'string' || token.length > 200) return { geldig: false, reden: 'ONGELDIG' };
  const [payloadDeel, handtekeningDeel, rest] = token.trim().split('.');
  if (rest !== undefined || !payloadDeel || !handtekeningDeel || !/^[A-Za-z0-9_-]+$/.test(payloadDeel + handtekeningDeel)) {
    return { geldig: false, reden: 'ONGELDIG' };
  }
  const payload = Buffer.from(payloadDeel, 'base64url');
  const gegeven = Buffer.from(handtekeningDeel, 'base64url');
  if (payload.length !== PAYLOAD_BYTES || gegeven.length !== SIGNATURE_BYTES) return { geldig: false, reden: 'ONGELDIG' };
  if (!timingSafeEqual(gegeven, handtekening(sleutel, payload))) return { geldig: false, reden: 'ONGELDIG' };
  if (payload.readUInt8(0) !== VERSIE || payload.readUInt8(1) !== DOEL_CODE[doel]) return { geldig: false, reden: 'ONGELDIG' };
  const kandidaatId = bytesNaarUuid(payload.subarray(34, 50));
  const gegevens: LinkGegevens = {
    doel,
    editieId: bytesNaarUuid(payload.subarray(2, 18)),
    contactpersoonId: bytesNaarUuid(payload.subarray(18, 34)),
    kandidaatId: kandidaatId === NUL_UUID ? null : kandidaatId,
    verlooptOp: new Date(payload.readUInt32BE(50) * 1000),
  };
  if (doel === 'INTERESSE' && !gegevens.kandidaatId) return { geldig: false, reden: 'ONGELDIG' };
  if (gegevens.verlooptOp.getTime() <= nu.getTime()) return { geldig: false, reden: 'VERLOPEN', verlooptOp: gegevens.verlooptOp };
  return { geldig: true, gegevens };
}

function handtekening(sleutel: Buffer, payload: Buffer): Buffer {
  return createHmac('sha256', sleutel).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

function uuidNaarBytes(uuid: string): Buffer {
  if (!UUID.test(uuid)) throw new Error(`not a uuid: ${uuid}`);
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function bytesNaarUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
