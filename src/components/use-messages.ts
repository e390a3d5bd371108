import { currentMessages, type Messages } from '@/messages/catalog';

/** The message catalogue for the parent's language; every screen reads its words from here. */
export function useMessages(): Messages {
  return currentMessages();
}
