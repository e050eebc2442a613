import { describe, expect, it } from 'vitest';
import { stageAfterPassword, stageAfterPasswordChange } from './sign-in-steps.js';

describe('sign-in steps', () => {
  it.each([
    [
      { mustChangePassword: true, totpEnabled: true, role: 'administrator' as const },
      'password_change',
    ],
    [{ mustChangePassword: false, totpEnabled: true, role: 'reception' as const }, 'totp'],
    [
      { mustChangePassword: false, totpEnabled: false, role: 'administrator' as const },
      'totp_enroll',
    ],
    [{ mustChangePassword: false, totpEnabled: false, role: 'social_worker' as const }, 'active'],
  ])('after the password: %o → %s', (staff, stage) => {
    expect(stageAfterPassword(staff)).toBe(stage);
  });

  it('after a new password, an administrator without a second factor enrols one', () => {
    expect(stageAfterPasswordChange({ totpEnabled: false, role: 'administrator' })).toBe(
      'totp_enroll',
    );
    expect(stageAfterPasswordChange({ totpEnabled: true, role: 'psychologist' })).toBe('totp');
    expect(stageAfterPasswordChange({ totpEnabled: false, role: 'auditor' })).toBe('active');
  });
});
