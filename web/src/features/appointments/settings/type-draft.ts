import type { AppointmentType, Mode } from '../appointment-types.js';

/** The new/edit appointment-type form's fields, as typed. */
export const blankType = {
  nameEl: '',
  nameEn: '',
  duration: '30',
  buffer: '0',
  mode: 'in_person' as Mode,
  isPublic: true,
  notice: '60',
  ahead: '60',
  active: true,
};

export type TypeDraft = typeof blankType;

export function draftFromType(type: AppointmentType): TypeDraft {
  return {
    nameEl: type.name.el,
    nameEn: type.name.en,
    duration: String(type.durationMinutes),
    buffer: String(type.bufferMinutes),
    mode: type.mode,
    isPublic: type.public,
    notice: String(type.minNoticeMinutes),
    ahead: String(type.maxDaysAhead),
    active: type.active,
  };
}

export function inputFromDraft(draft: TypeDraft) {
  return {
    name: { el: draft.nameEl.trim(), en: draft.nameEn.trim() || draft.nameEl.trim() },
    durationMinutes: Number(draft.duration),
    bufferMinutes: Number(draft.buffer),
    mode: draft.mode,
    public: draft.isPublic,
    minNoticeMinutes: Number(draft.notice),
    maxDaysAhead: Number(draft.ahead),
  };
}
