import type { MaterialInfo } from '@contract';
import { Text, View } from '@tarojs/components';
import { fetchMaterialsCatalogue } from '@/api/enrollment-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { MATERIALS_TABLE } from '@/domain/registration/materials-table';
import { fill } from '@/messages/fill';

/**
 * 登记信息与上传材料对照表 (FAQ 11): rendered from the same rules that decide a family's list,
 * with the material names from the gateway's catalogue.
 */
export function MaterialsTableView() {
  const m = useMessages();
  const catalogue = useRemote<MaterialInfo[]>(fetchMaterialsCatalogue);
  if (catalogue.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (catalogue.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, catalogue.code)} onRetry={catalogue.retry} />;
  }
  const nameOf = (kind: string) => catalogue.data.find((info) => info.kind === kind)?.name ?? kind;
  return (
    <>
      <Text className="hint">{m.materialsTable.intro}</Text>
      {MATERIALS_TABLE.map((row) => (
        <View key={row.situation} className="card" id={`materials-row-${row.situation}`}>
          <View role="heading" aria-level={2} className="heading">
            <Text>{m.materialsTable.situations[row.situation]}</Text>
          </View>
          {row.materials.length === 0 ? (
            <Text className="hint">{m.materialsTable.none}</Text>
          ) : null}
          {row.materials.map((group) => (
            <Text key={group.join('|')} className="hint">
              {group.length === 1
                ? nameOf(group[0] ?? '')
                : fill(m.materialsTable.oneOf, { names: group.map(nameOf).join('、') })}
            </Text>
          ))}
        </View>
      ))}
    </>
  );
}
