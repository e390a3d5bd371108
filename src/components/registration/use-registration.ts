import type { SeasonConfig } from '@contract';
import { useEffect, useMemo } from 'react';
import { applyVerification, type Backfilled } from '@/domain/registration/backfill';
import { withDerivedFacts } from '@/domain/registration/derived-facts';
import { readField, setField } from '@/domain/registration/draft-access';
import type { EnrollmentContext, EnrollmentDraft } from '@/domain/registration/draft';
import type { FieldPath } from '@/domain/registration/field-paths';
import { getWindowState, type WindowState } from '@/domain/season/window-state';
import type { DraftRecord } from '@/stores/draft-record';
import { useDrafts } from '@/stores/draft-store';
import { openServerReasons, useServerReasons, type ServerReason } from '@/stores/server-reasons';
import type { RegistrationFlow } from './flow';
import { registrationContext } from './registration-context';
import { useSession } from '@/stores/session-store';

export interface RegistrationForm {
  flow: RegistrationFlow;
  record: DraftRecord;
  context: EnrollmentContext;
  /** What the parent typed, with ID-derived facts and verified values laid over it. */
  answers: EnrollmentDraft;
  backfilled: Backfilled;
  window: WindowState;
  editable: boolean;
  /** The gateway's reasons from the last refused submit that still apply (changed answers drop theirs). */
  serverReasons: ServerReason[];
  setAnswer(path: FieldPath, value: unknown): void;
  /** For changes that are not one answer (e.g. leaving the optional other parent out). */
  updateAnswers(change: (answers: EnrollmentDraft) => EnrollmentDraft): void;
  /** "This is wrong" on a backfilled value: it becomes a manual answer needing a photo. */
  dispute(path: FieldPath): void;
  /** Undoes `dispute`: the verified value and its mark come back, no photo is needed. */
  restoreBackfill(path: FieldPath): void;
}

/** The signed-in parent's draft `draftId`, with everything the screens derive from it. */
export function useRegistration(
  flow: RegistrationFlow,
  draftId: string | null,
  config: SeasonConfig,
  now: number,
): RegistrationForm | null {
  const profile = useSession((state) => state.profile);
  const { drafts, openFor, updateDraft } = useDrafts();
  useEffect(() => {
    if (profile) openFor(profile.parentId);
  }, [profile, openFor]);
  const record = draftId ? drafts[draftId] : undefined;
  const sentReasons = useServerReasons((state) => (draftId ? state.byDraft[draftId] : undefined));
  const context = profile ? registrationContext(flow, config, now, profile) : null;
  const today = context?.today ?? '';
  const derived = useMemo(() => {
    if (!record) return null;
    const withFacts = withDerivedFacts(record.answers, today);
    return applyVerification(withFacts, record.verification?.checks ?? [], record.disputed);
  }, [record, today]);
  if (!context || !record || !derived) return null;
  const window = getWindowState(config.windows[flow.subsystem], now);
  const editable = window.phase === 'open';
  return {
    flow,
    record,
    context,
    answers: derived.draft,
    backfilled: derived.backfilled,
    window,
    editable,
    serverReasons: openServerReasons(sentReasons, derived.draft),
    setAnswer(path, value) {
      if (!editable) return;
      updateDraft(record.id, (draft) => ({
        ...draft,
        answers: setField(draft.answers, path, value),
      }));
    },
    updateAnswers(change) {
      if (!editable) return;
      updateDraft(record.id, (draft) => ({ ...draft, answers: change(draft.answers) }));
    },
    dispute(path) {
      if (!editable) return;
      const shown = derived.draft;
      updateDraft(record.id, (draft) => ({
        ...draft,
        // Start the manual answer from the verified value, so the parent corrects rather than retypes.
        answers: setField(draft.answers, path, readField(shown, path)),
        disputed: draft.disputed.includes(path) ? draft.disputed : [...draft.disputed, path],
      }));
    },
    restoreBackfill(path) {
      if (!editable) return;
      updateDraft(record.id, (draft) => ({
        ...draft,
        disputed: draft.disputed.filter((disputed) => disputed !== path),
      }));
    },
  };
}
