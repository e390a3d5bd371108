import type { SeasonConfig } from '@contract';
import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { formatDateTime } from '@/messages/format-date';
import type { RegistrationFlow } from './flow';
import '@/messages/words/guide';

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <View className="guide__part" id={id}>
      <View role="heading" aria-level={3} className="guide__title">
        <Text>{title}</Text>
      </View>
      {children}
    </View>
  );
}

/**
 * 办事指南 (issue 14): before the first question, who may apply with FAQ 2's advice, what to have
 * ready (FAQ 11, 12), the window from the gateway's season configuration, how long it takes, and
 * what happens after submitting (FAQ 10, 14).
 */
export function ServiceGuide({ flow, config }: { flow: RegistrationFlow; config: SeasonConfig }) {
  const m = useMessages();
  const guide = m.guide[flow.subsystem];
  const window = config.windows[flow.subsystem];
  return (
    <Card id="service-guide" title={m.guide.title} className="guide">
      <Part id="guide-who" title={m.guide.whoTitle}>
        <Text className="hint">{guide.who}</Text>
        <Text className="notice" id="recommendation">
          {guide.advice}
        </Text>
        <Text className="hint">{guide.siblings}</Text>
      </Part>
      <Part id="guide-materials" title={m.guide.materialsTitle}>
        <View role="list" className="guide__list">
          {guide.materials.map((item, index) => (
            <View role="listitem" className="guide__item" key={index}>
              <Text>{item}</Text>
            </View>
          ))}
        </View>
        <Text className="hint">{guide.photoAdvice}</Text>
      </Part>
      <Part id="guide-window" title={m.guide.windowTitle}>
        <Text className="hint">
          {fill(m.guide.window, {
            opensAt: formatDateTime(window.opensAt),
            closesAt: formatDateTime(window.closesAt),
          })}
        </Text>
      </Part>
      <Part id="guide-duration" title={m.guide.durationTitle}>
        <Text className="hint">{guide.duration}</Text>
      </Part>
      <Part id="guide-after" title={m.guide.afterTitle}>
        <Text className="hint">{guide.after}</Text>
      </Part>
    </Card>
  );
}
