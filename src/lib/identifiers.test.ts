import { describe, it, expect } from 'vitest';
import {
  amkaGender,
  checkAmka,
  isValidAfm,
  isValidAmka,
  isValidGreekPostcode,
  makeAfm,
  makeAmka,
  normalizeAdt,
  normalizeGreekPhone,
  normalizePostcode,
} from './identifiers.js';

describe('checkAmka', () => {
  it.each([
    ['01013099997', undefined, { ok: true }],
    ['01013099999', undefined, { ok: false, reason: 'checksum' }],
    ['01013099997', '1930-01-01', { ok: true }],
    ['01013099997', '2030-01-01', { ok: true }], // the century is not in the ΑΜΚΑ
    ['01013099997', '1930-01-02', { ok: false, reason: 'birth_date_mismatch' }],
    ['01013099997', '01/01/1930', { ok: false, reason: 'birth_date_mismatch' }],
    ['0101309999', undefined, { ok: false, reason: 'format' }],
    ['010130999970', undefined, { ok: false, reason: 'format' }],
    ['0101309999a', undefined, { ok: false, reason: 'format' }],
    [' 01013099997', undefined, { ok: false, reason: 'format' }],
    ['32013099997', undefined, { ok: false, reason: 'format' }], // day 32
    ['01133099997', undefined, { ok: false, reason: 'format' }], // month 13
    ['30023099997', undefined, { ok: false, reason: 'format' }], // 30 February
    ['', undefined, { ok: false, reason: 'format' }],
  ] as const)('%s (birth date %s) → %o', (amka, birthDate, expected) => {
    expect(checkAmka(amka, birthDate)).toEqual(expected);
  });

  it('accepts 29 February of year 00 because 2000 was a leap year', () => {
    const amka = makeAmka('2000-02-29', 12, 'female');
    expect(amka.slice(0, 6)).toBe('290200');
    expect(checkAmka(amka)).toEqual({ ok: true });
  });

  it('rejects every single-digit change of a valid ΑΜΚΑ', () => {
    const valid = '01013099997';
    for (let position = 6; position < 11; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        const changed = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        if (changed !== valid) expect(isValidAmka(changed)).toBe(false);
      }
    }
  });
});

describe('isValidAmka', () => {
  it.each([
    ['01013099997', undefined, true],
    ['01013099999', undefined, false],
    ['01013099997', '1930-01-01', true],
    ['01013099997', '1931-01-01', false],
  ] as const)('%s with %s → %s', (amka, birthDate, expected) => {
    expect(isValidAmka(amka, birthDate)).toBe(expected);
  });
});

describe('amkaGender', () => {
  it.each([
    ['01013099997', 'male'], // 10th digit 9
    [makeAmka('1985-07-14', 0, 'female'), 'female'],
    [makeAmka('1985-07-14', 0, 'male'), 'male'],
  ] as const)('%s → %s', (amka, gender) => {
    expect(amkaGender(amka)).toBe(gender);
  });
});

describe('makeAmka', () => {
  it.each([
    ['1930-01-01', 4999, 'male', '01013099997'],
    ['1985-07-14', 0, 'female', '1407850000'],
    ['1985-07-14', 7, 'male', '1407850015'],
    ['2019-12-31', 4999, 'female', '3112199998'],
  ] as const)('%s serial %i %s starts with %s and is valid', (date, serial, gender, prefix) => {
    const amka = makeAmka(date, serial, gender);
    expect(amka).toHaveLength(11);
    expect(amka.startsWith(prefix)).toBe(true);
    expect(checkAmka(amka, date)).toEqual({ ok: true });
    expect(amkaGender(amka)).toBe(gender);
  });

  it('gives 5,000 distinct valid codes per date and gender', () => {
    const codes = new Set<string>();
    for (let serial = 0; serial < 5000; serial++) {
      const amka = makeAmka('1990-03-25', serial, 'female');
      expect(isValidAmka(amka, '1990-03-25')).toBe(true);
      codes.add(amka);
    }
    expect(codes.size).toBe(5000);
  });

  it.each([
    ['1990-02-30', 0],
    ['25/03/1990', 0],
    ['1990-03-25', -1],
    ['1990-03-25', 5000],
    ['1990-03-25', 1.5],
  ] as const)('rejects date %s with serial %s', (date, serial) => {
    expect(() => makeAmka(date, serial, 'male')).toThrow(RangeError);
  });
});

describe('isValidAfm', () => {
  it.each([
    ['090000045', true],
    ['094429812', true],
    ['90000045', true], // legacy 8-digit form of 090000045
    ['123456789', false],
    ['090000046', false],
    ['000000000', false],
    ['00000000', false], // pads to 000000000
    ['09000005', false], // pads to 009000005, whose check digit is 4
    ['0900000450', false],
    ['09000004a', false],
    ['', false],
  ] as const)('%s → %s', (afm, expected) => {
    expect(isValidAfm(afm)).toBe(expected);
  });
});

describe('makeAfm', () => {
  it.each([
    ['09000004', '090000045'],
    ['09442981', '094429812'],
  ] as const)('%s → %s', (first8, afm) => {
    expect(makeAfm(first8)).toBe(afm);
  });

  it('turns a remainder of 10 into check digit 0, which validators accept', () => {
    let first8 = '';
    for (let n = 10000000; n < 10000100; n++) {
      const candidate = String(n);
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += Number(candidate[i]) * 2 ** (8 - i);
      if (sum % 11 === 10) {
        first8 = candidate;
        break;
      }
    }
    expect(first8).not.toBe('');
    expect(makeAfm(first8)).toBe(first8 + '0');
    expect(isValidAfm(first8 + '0')).toBe(true);
  });

  it.each(['1234567', '123456789', '1234567a', '00000000'])('rejects %s', (first8) => {
    expect(() => makeAfm(first8)).toThrow(RangeError);
  });
});

describe('normalizeAdt', () => {
  it.each([
    ['ΑΒ123456', 'ΑΒ123456'],
    ['AB123456', 'ΑΒ123456'], // Latin look-alikes become Greek
    ['ab 123456', 'ΑΒ123456'],
    ['αβ-123456', 'ΑΒ123456'],
    ['Χ 123456', 'Χ123456'],
    ['x123456', 'Χ123456'],
    ['PT 654321', 'ΡΤ654321'], // Latin P is Greek Ρ
    ['ΑΓ123456', null], // Γ is not used on ID cards
    ['ΑΒΓ123456', null],
    ['ΑΒ12345', null],
    ['AB1234567', 'AB1234567'], // too many digits for the old form: new-style card
    ['ab12cd345', 'AB12CD345'],
    ['ΑΒ12ΚΜ345', 'AB12KM345'], // new-style typed with Greek look-alikes
    ['A1B2C3D', null], // 7 characters
    ['ABCDEFGHIJK', null], // 11 characters
    ['ΑΒ12ΓΔ345', null], // Greek letters without a Latin twin
    ['', null],
  ] as const)('%s → %s', (input, expected) => {
    expect(normalizeAdt(input)).toBe(expected);
  });
});

describe('normalizeGreekPhone', () => {
  it.each([
    ['6912345678', { e164: '+306912345678', kind: 'mobile' }],
    ['691 234 5678', { e164: '+306912345678', kind: 'mobile' }],
    ['+30 691-234-5678', { e164: '+306912345678', kind: 'mobile' }],
    ['0030 6912345678', { e164: '+306912345678', kind: 'mobile' }],
    ['6851234567', { e164: '+306851234567', kind: 'mobile' }],
    ['9412345678', { e164: '+309412345678', kind: 'mobile' }],
    ['210 6123456', { e164: '+302106123456', kind: 'landline' }],
    ['(210) 80.12.345', { e164: '+302108012345', kind: 'landline' }],
    ['2310 123456', { e164: '+302310123456', kind: 'landline' }],
    ['800 111 2222', { e164: '+308001112222', kind: 'other' }],
    ['801 500 1000', { e164: '+308015001000', kind: 'other' }],
    ['9011234567', { e164: '+309011234567', kind: 'other' }],
    ['7012345678', { e164: '+307012345678', kind: 'other' }],
    ['1555', null], // short code, not a 10-digit number
    ['691234567', null],
    ['69123456789', null],
    ['6812345678', null], // 681 is not allocated
    ['3012345678', null],
    ['+44 20 7946 0958', null],
    ['69l2345678', null],
    ['', null],
  ] as const)('%s → %o', (input, expected) => {
    expect(normalizeGreekPhone(input)).toEqual(expected);
  });
});

describe('postcodes', () => {
  it.each([
    ['15122', true, '15122'],
    ['151 22', true, '15122'],
    [' 15126 ', true, '15126'],
    ['85100', true, '85100'],
    ['151  22', false, null],
    ['1512 2', false, null],
    ['05122', false, null],
    ['95122', false, null],
    ['1512', false, null],
    ['151222', false, null],
    ['ΤΚ15122', false, null],
  ] as const)('%s → valid %s, normalized %s', (input, valid, normalized) => {
    expect(isValidGreekPostcode(input)).toBe(valid);
    expect(normalizePostcode(input)).toBe(normalized);
  });
});
