import { describe, expect, it } from 'vitest';
import {
  ageBand,
  definitionsVersion,
  educationBand,
  employmentGroupsOf,
  genderKey,
  vulnerableAnswer,
  type ParticipantFacts,
} from './indicators.js';

const nobody: ParticipantFacts = {
  gender: null,
  ageAtEntry: null,
  employmentStatus: null,
  educationLevel: null,
  disabilityPercent: null,
  nationality: null,
  esf: {},
};

describe('ESF+ indicator definitions', () => {
  it('is versioned', () => {
    expect(definitionsVersion).toBe('esf-plus-2021-v1');
  });

  it.each([
    [null, 'unknown'],
    [-1, 'unknown'],
    [0, 'under_18'],
    [17, 'under_18'],
    [18, 'age_18_29'],
    [29, 'age_18_29'],
    [30, 'age_30_54'],
    [54, 'age_30_54'],
    [55, 'age_55_plus'],
    [101, 'age_55_plus'],
  ] as const)('age %s falls in %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it.each([
    ['unemployed', ['unemployed']],
    ['long_term_unemployed', ['unemployed', 'long_term_unemployed']],
    ['inactive', ['inactive']],
    ['retired', ['inactive']],
    ['student', ['inactive']],
    ['employed', ['employed']],
    ['self_employed', ['employed']],
    [null, ['unknown']],
    ['something_else', ['unknown']],
  ] as const)('employment status %s counts as %j', (status, groups) => {
    expect(employmentGroupsOf(status)).toEqual(groups);
  });

  it.each([
    [null, 'unknown'],
    [0, 'isced_0_2'],
    [2, 'isced_0_2'],
    [3, 'isced_3_4'],
    [4, 'isced_3_4'],
    [5, 'isced_5_8'],
    [8, 'isced_5_8'],
    [9, 'unknown'],
  ] as const)('ISCED level %s falls in %s', (level, band) => {
    expect(educationBand(level)).toBe(band);
  });

  it('keeps unrecorded gender apart', () => {
    expect([genderKey('female'), genderKey('male'), genderKey('other'), genderKey(null)]).toEqual([
      'female',
      'male',
      'other',
      'gender_unknown',
    ]);
  });

  it('takes the resident’s own answer first, "prefer not to say" included', () => {
    const answered = (answer: string) => ({
      ...nobody,
      esf: { disability: answer },
      disabilityPercent: 80,
    });
    expect(vulnerableAnswer('disability', answered('no'))).toBe('no');
    expect(vulnerableAnswer('disability', answered('prefer_not_to_say'))).toBe('prefer_not_to_say');
    expect(vulnerableAnswer('homeless', { ...nobody, esf: { homeless: 'yes' } })).toBe('yes');
  });

  it('uses recorded facts when there is no answer, and guesses nothing else', () => {
    expect(vulnerableAnswer('disability', { ...nobody, disabilityPercent: 50 })).toBe('yes');
    expect(vulnerableAnswer('disability', { ...nobody, disabilityPercent: 49 })).toBe('unknown');
    expect(vulnerableAnswer('third_country_national', { ...nobody, nationality: 'AL' })).toBe(
      'yes',
    );
    expect(vulnerableAnswer('third_country_national', { ...nobody, nationality: 'GR' })).toBe('no');
    expect(vulnerableAnswer('third_country_national', { ...nobody, nationality: 'NO' })).toBe('no');
    expect(vulnerableAnswer('foreign_background', { ...nobody, nationality: 'AL' })).toBe(
      'unknown',
    );
    expect(vulnerableAnswer('minority', nobody)).toBe('unknown');
  });
});
