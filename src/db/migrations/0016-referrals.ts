import { sql, type Kysely } from 'kysely';

/**
 * Closed-loop referrals (παραπομπές): from a resident's file (usually a case) to a directory
 * service or to an outside organization, with statuses after HL7 FHIR Task, a due date and an
 * outcome. Every change of status is a row of `referral_status_changes` (who, when, why), so
 * turnaround and the history are facts, not reconstructions.
 *
 * Owned by the referrals module (src/modules/referrals); the columns named in
 * docs/api/cooperation-issue.md are a contract with reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE referrals (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL,
      case_id uuid,
      -- Destination: a directory service (its organization is copied) or an outside organization.
      service_id uuid REFERENCES directory_services (id),
      organization_id uuid REFERENCES directory_organizations (id),
      external_organization text CHECK (char_length(external_organization) BETWEEN 1 AND 300),
      -- Where the partner's link is e-mailed.
      partner_email text CHECK (char_length(partner_email) <= 254),
      -- Required on create (the service checks); NULL only after the resident's anonymisation,
      -- which clears free text written about a person (gdpr/anonymisation-plan.ts).
      reason text CHECK (char_length(reason) BETWEEN 1 AND 4000),
      -- FHIR Task.priority: routine | urgent | asap | stat.
      urgency text NOT NULL CHECK (urgency IN ('routine', 'urgent', 'asap', 'stat')),
      -- Categories of the resident's data the partner may see (referrals.vocabulary.ts).
      shared_categories text[] NOT NULL DEFAULT '{}',
      -- FHIR Task.status subset.
      status text NOT NULL DEFAULT 'requested' CHECK (status IN
        ('requested', 'received', 'accepted', 'rejected', 'in_progress', 'completed', 'cancelled')),
      -- Reason code of the latest status (FHIR Task.statusReason), e.g. why rejected.
      status_reason text CHECK (char_length(status_reason) <= 100),
      status_note text CHECK (char_length(status_note) <= 4000),
      -- The consent row relied on, or the coordinator's override and its reason.
      consent_id uuid,
      consent_override_by uuid,
      consent_override_reason text CHECK (char_length(consent_override_reason) <= 2000),
      owner_id uuid NOT NULL,
      due_on date NOT NULL,
      outcome text CHECK (outcome IN ('delivered', 'not_delivered')),
      outcome_reason text CHECK (char_length(outcome_reason) <= 100),
      outcome_note text CHECK (char_length(outcome_note) <= 4000),
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- When the referral reached a final status (completed, rejected, cancelled): turnaround.
      closed_at timestamptz,
      -- Last overdue reminder, so the worker reminds once a day at most.
      overdue_reminded_at timestamptz,
      -- Signed into the partner's link: sending a fresh link bumps it, so earlier links stop
      -- working (an e-mail that went to the wrong address can be revoked).
      link_generation integer NOT NULL DEFAULT 1 CHECK (link_generation > 0),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      FOREIGN KEY (center_id, case_id) REFERENCES cases (center_id, id),
      FOREIGN KEY (center_id, owner_id) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, created_by) REFERENCES staff (center_id, id),
      CHECK (organization_id IS NOT NULL OR external_organization IS NOT NULL),
      CHECK (service_id IS NULL OR organization_id IS NOT NULL),
      CHECK ((status IN ('completed', 'rejected', 'cancelled')) = (closed_at IS NOT NULL)),
      CHECK (status <> 'completed' OR outcome IS NOT NULL),
      CHECK (consent_id IS NOT NULL OR consent_override_by IS NOT NULL)
    );
    CREATE INDEX referrals_resident_idx ON referrals (center_id, resident_id);
    CREATE INDEX referrals_organization_idx ON referrals (organization_id, created_at);
    CREATE INDEX referrals_open_due_idx ON referrals (due_on)
      WHERE status NOT IN ('completed', 'rejected', 'cancelled');
    CREATE INDEX referrals_created_idx ON referrals (center_id, created_at);

    CREATE TABLE referral_status_changes (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      from_status text,
      to_status text NOT NULL,
      reason text CHECK (char_length(reason) <= 100),
      note text CHECK (char_length(note) <= 4000),
      -- Who: a staff member (incl. a partner account) or the holder of the partner link.
      actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'partner_link', 'system')),
      actor_id uuid,
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, referral_id) REFERENCES referrals (center_id, id)
    );
    CREATE INDEX referral_status_changes_referral_idx
      ON referral_status_changes (center_id, referral_id, at);
    CREATE INDEX referrals_owner_idx ON referrals (center_id, owner_id);
    CREATE INDEX referrals_partner_idx ON referrals (center_id, organization_id, created_at);

    -- The status history has no resident_id, so the generic anonymiser does not reach it: when a
    -- referral's reason is cleared (only anonymisation does that), its notes go with it.
    CREATE FUNCTION referrals_clear_history_notes() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE referral_status_changes SET note = NULL
      WHERE center_id = NEW.center_id AND referral_id = NEW.id AND note IS NOT NULL;
      RETURN NULL;
    END $$;
    CREATE TRIGGER referrals_clear_history_notes AFTER UPDATE OF reason ON referrals
      FOR EACH ROW WHEN (NEW.reason IS NULL AND OLD.reason IS NOT NULL)
      EXECUTE FUNCTION referrals_clear_history_notes();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE referral_status_changes;
    DROP TABLE referrals;
    DROP FUNCTION referrals_clear_history_notes();
  `.execute(db);
}
