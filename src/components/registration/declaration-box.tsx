import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import '@/messages/words/check';

interface DeclarationBoxProps {
  accepted: boolean;
  /** Shown under the box when the parent tried to submit without ticking it. */
  missing: boolean;
  onToggle(): void;
}

/**
 * The parent's declaration before submit (issue 14): 本人承诺所填信息真实、准确，如有虚假愿承担
 * 相应责任. One tick box whose whole row is the target, its state said by the checkbox role and
 * by the drawn tick, never by colour alone.
 */
export function DeclarationBox({ accepted, missing, onToggle }: DeclarationBoxProps) {
  const m = useMessages();
  return (
    <View className="card declaration">
      <View
        className={accepted ? 'declaration__box declaration__box--on' : 'declaration__box'}
        id="declaration"
        role="checkbox"
        aria-checked={accepted ? 'true' : 'false'}
        aria-invalid={missing ? 'true' : undefined}
        aria-describedby={missing ? 'declaration-error' : undefined}
        onClick={onToggle}
      >
        <View className="declaration__mark" aria-hidden="true" />
        <Text className="declaration__text">{m.check.declaration}</Text>
      </View>
      {missing ? (
        <View className="declaration__error" id="declaration-error" role="alert">
          <Text>{m.check.declarationNeeded}</Text>
        </View>
      ) : null}
    </View>
  );
}
