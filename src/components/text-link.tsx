import { Text, View } from '@tarojs/components';

export interface TextLinkProps {
  id?: string;
  label: string;
  onOpen(): void;
  className?: string;
  /** A fuller name for screen readers where the visible words are short ("修改"). */
  ariaLabel?: string;
}

/** A link in text, announced as a link (native-semantics.h5.ts gives it a tab stop and Enter). */
export function TextLink({ id, label, onOpen, className, ariaLabel }: TextLinkProps) {
  return (
    <View
      className={className ? `link ${className}` : 'link'}
      // Taro H5 writes an absent id as id="undefined": many links on one page would share it.
      {...(id ? { id } : {})}
      role="link"
      aria-label={ariaLabel}
      onClick={onOpen}
    >
      <Text>{label}</Text>
    </View>
  );
}
