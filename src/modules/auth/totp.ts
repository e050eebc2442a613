import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 TOTP as every authenticator app expects it: SHA-1, 6 digits, 30 s. */
function makeTotp(secretBase32: string, label = '', issuer = 'Koinotita'): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * Returns the time step of the accepted code (±1 step of clock drift), or null. The caller stores
 * the step and refuses any code at or before it, so a code can be used once only.
 */
export function checkTotpCode(
  secretBase32: string,
  code: string,
  lastUsedStep: number | null,
  now = Date.now(),
): number | null {
  const delta = makeTotp(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / 30) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

export async function describeTotpEnrollment(
  secretBase32: string,
  label: string,
  issuer: string,
): Promise<{ otpauthUri: string; qrSvg: string }> {
  const otpauthUri = makeTotp(secretBase32, label, issuer).toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1 });
  return { otpauthUri, qrSvg };
}

/** For tests and tools that act as the authenticator app. */
export function generateTotpCode(secretBase32: string, now = Date.now()): string {
  return makeTotp(secretBase32).generate({ timestamp: now });
}
