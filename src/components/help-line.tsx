import { useSeason } from '@/stores/season-store';
import { fill } from '@/messages/fill';
import { dialPhone } from '@/platform/dial-phone';
import { TextLink } from './text-link';
import './help-line.css';
import { useMessages } from './use-messages';
import '@/messages/words/content';

export interface HelpLineProps {
  id?: string;
  className?: string;
  /** Dials the number; the platform wrapper (host bridge, mini-program or tel: link) by default. */
  dial?: (phone: string) => void;
}

/**
 * The bureau's help line from the gateway's season configuration, dialled with one tap. Nothing
 * shows until the configuration has arrived: a made-up number would send parents nowhere.
 */
export function HelpLine({ id = 'help-line', className, dial = dialPhone }: HelpLineProps) {
  const m = useMessages();
  const phone = useSeason((state) => state.config?.helpLine ?? '');
  if (!phone.trim()) return null;
  return (
    <TextLink
      id={id}
      className={className ? `help-line ${className}` : 'help-line'}
      label={fill(m.common.helpLine, { phone })}
      ariaLabel={fill(m.content.helpLineCall, { phone })}
      onOpen={() => dial(phone)}
    />
  );
}
