import { createHash, randomBytes } from 'node:crypto';

/** Opaque secrets (refresh tokens, reset tokens) are stored only as their SHA-256. */
export function newSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
