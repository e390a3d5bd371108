import { messagesFor, type Messages } from '@/messages/catalog';
import { usePreferences } from '@/stores/preferences-store';

/** The message catalogue for the parent's language; every screen reads its words from here. */
export function useMessages(): Messages {
  return messagesFor(usePreferences((state) => state.language));
}
