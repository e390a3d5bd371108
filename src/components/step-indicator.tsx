import { Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { useMessages } from './use-messages';
import './frame.css';

export type FormStage = 'fill' | 'upload' | 'confirm';

const STAGES: readonly FormStage[] = ['fill', 'upload', 'confirm'];

/**
 * Where the parent is in the form (issue 14): 填写信息 → 上传材料 → 确认提交. Each stage says its
 * state in words for screen readers, and the current one is also bold and underlined, so colour
 * is never the only signal.
 */
export function StepIndicator({ current }: { current: FormStage }) {
  const m = useMessages();
  const at = STAGES.indexOf(current);
  return (
    <View className="steps" role="list" aria-label={m.frame.stepsLabel} id="step-indicator">
      {STAGES.map((stage, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'upcoming';
        return (
          <View
            key={stage}
            role="listitem"
            className={`steps__item steps__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <Text className="steps__mark" aria-hidden="true">
              {state === 'done' ? '✓' : String(index + 1)}
            </Text>
            <Text className="steps__name" aria-hidden="true">
              {m.frame.steps[stage]}
            </Text>
            <Text className="visually-hidden">
              {fill(m.frame.stepAria, {
                step: index + 1,
                name: m.frame.steps[stage],
                state: m.frame.stepState[state],
              })}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
