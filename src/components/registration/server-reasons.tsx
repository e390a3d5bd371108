import { Text, View } from '@tarojs/components';
import type { FieldPath } from '@/domain/registration/field-paths';
import { sectionOfField, stepOfField } from '@/domain/registration/journey';
import { fill } from '@/messages/fill';
import type { Messages } from '@/messages/catalog';
import { openPage } from '@/platform/navigation';
import type { ServerReason } from '@/stores/server-reasons';
import { useMessages } from '../use-messages';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/enrollment-fields';
import '@/messages/words/gateway-reasons';

/** The instruction for one of the gateway's reasons, naming its question or what it is about. */
export function serverReasonMessage(m: Messages, reason: ServerReason): string {
  const r = m.gatewayReasons;
  const label = reason.field
    ? m.enrollmentFields[reason.field].label
    : reason.about === 'materials'
      ? r.materialsLabel
      : reason.about === 'verification'
        ? r.verificationLabel
        : r.formLabel;
  const codes: Record<string, string> = r.codes;
  return fill(codes[reason.code] ?? r.other, { label });
}

/** The gateway's reasons by answer, for the fields that show them next to their own checks. */
export function serverReasonsByField(
  m: Messages,
  reasons: readonly ServerReason[],
): Partial<Record<FieldPath, string>> {
  const byField: Partial<Record<FieldPath, string>> = {};
  for (const reason of reasons) {
    if (reason.field) byField[reason.field] ??= serverReasonMessage(m, reason);
  }
  return byField;
}

/**
 * After a refused submit, every reason the gateway gave, each a link to the screen where it is
 * put right (GOV.UK error summary; the reason also shows at its field there).
 */
export function ServerReasonsList({ form }: { form: RegistrationForm }) {
  const m = useMessages();
  const { serverReasons, flow, record, answers } = form;
  if (serverReasons.length === 0) return null;

  function open(reason: ServerReason) {
    const draft = { draft: record.id };
    if (reason.about === 'materials') {
      openPage(flow.routes.section, { ...draft, section: 'materials', step: '0' });
      return;
    }
    const field = reason.field ?? 'child.idNumber';
    const step = stepOfField(field, answers, flow.journey) ?? 0;
    const section = sectionOfField(field, flow.journey);
    openPage(flow.routes.section, { ...draft, section, step: String(step) });
  }

  return (
    <View className="error-summary" id="server-reasons">
      <View role="heading" aria-level={3} className="error-summary__title">
        <Text>{m.gatewayReasons.summaryTitle}</Text>
      </View>
      {serverReasons.map((reason, index) => (
        <View
          key={`${reason.field ?? reason.about}-${reason.code}-${index}`}
          role="link"
          className="error-summary__link link"
          onClick={() => open(reason)}
        >
          <Text>{serverReasonMessage(m, reason)}</Text>
        </View>
      ))}
    </View>
  );
}
