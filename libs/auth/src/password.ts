import { hash, verify } from 'argon2';

export const hashPassword = (password: string) => hash(password);

/** Verified against when the account is unknown or locked, so every failed login takes as long. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash('matchpunt-timing-equaliser');
  const target = storedHash ?? (await dummyHash);
  try {
    return (await verify(target, password)) && storedHash !== null;
  } catch {
    return false;
  }
}

export const MIN_PASSWORD_LENGTH = 12;
