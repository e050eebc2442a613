import { useRef, useState } from 'react';
import { toApiError } from '../../lib/api.js';
import type { Submit } from '../../lib/use-submit.js';
import { bookPublicly, newIdempotencyKey } from './booking-api.js';
import type { Confirmation, Contact, PublicType, Slot } from './booking-types.js';

interface BookingDraft {
  type: PublicType | null;
  slot: Slot | null;
  contact: Contact;
  reason: string;
}

export interface BookingSubmission {
  confirmation: Confirmation | null;
  /** The free times offered when the chosen one was taken meanwhile; null before that. */
  alternatives: Slot[] | null;
  /** Picks a time; an alternative names its staff member, so that one is booked exactly. */
  chooseSlot: (next: Slot, exactStaff: boolean) => void;
  /** Starts a new submission attempt (the details changed). */
  newAttempt: () => void;
  confirm: () => Promise<void>;
}

/**
 * Sends the booking with an idempotency key per attempt: a double click or a retry sends
 * the same key; a changed time or changed details start a new attempt.
 */
export function useBookingSubmission(
  draft: BookingDraft,
  submit: Submit,
  setSlot: (slot: Slot) => void,
  onBooked: () => void,
): BookingSubmission {
  const { type, slot, contact, reason } = draft;
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [alternatives, setAlternatives] = useState<Slot[] | null>(null);
  /** One key per submission attempt: a double click or a retry sends the same one. */
  const attemptKey = useRef<string | null>(null);
  /** An alternative names its staff member: book exactly that one. */
  const alternativesChosen = useRef(false);

  function chooseSlot(next: Slot, exactStaff: boolean) {
    alternativesChosen.current = exactStaff;
    setSlot(next);
    attemptKey.current = null;
    setAlternatives(null);
  }

  function newAttempt() {
    attemptKey.current = null;
  }

  async function confirm() {
    if (!type || !slot || submit.submitting) return;
    attemptKey.current ??= newIdempotencyKey();
    const key = attemptKey.current;
    setAlternatives(null);
    const phone = contact.phone.trim();
    const email = contact.email.trim();
    const booked = await submit.run(async () => {
      try {
        return await bookPublicly(
          {
            typeId: type.id,
            startsAt: slot.startsAt,
            ...(alternativesChosen.current ? { staffId: slot.staffId } : {}),
            name: contact.name.trim(),
            ...(phone ? { phone } : {}),
            ...(email ? { email } : {}),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
            consent: true,
          },
          key,
        );
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.status === 409 && apiError.problem.code === 'slot_taken') {
          const offered = (apiError.problem as { alternatives?: Slot[] }).alternatives ?? [];
          setAlternatives(offered);
          attemptKey.current = null;
          return null;
        }
        throw error;
      }
    });
    if (booked) {
      attemptKey.current = null;
      setConfirmation(booked);
      onBooked();
    }
  }

  return { confirmation, alternatives, chooseSlot, newAttempt, confirm };
}
