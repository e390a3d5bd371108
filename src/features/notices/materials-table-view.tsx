import type { MaterialInfo } from '@contract';
import { Text, View } from '@tarojs/components';
import { fetchMaterialsCatalogue } from '@/api/enrollment-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { MATERIALS_TABLE } from '@/domain/registration/materials-table';
import './materials-table.css';
import '@/messages/words/materials';

// Material names come from the gateway in Chinese, whatever the page's language.
const CHINESE = { lang: 'zh-CN' };

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
          ) : (
            <View role="list" className="materials-row__list">
              {row.materials.map((group) => (
                <View
                  key={group.join('|')}
                  role="listitem"
                  className="materials-row__item"
                  data-choice={group.length > 1 ? 'one-of' : 'required'}
                >
                  {group.length > 1 ? (
                    <Text className="materials-row__one-of">{m.materialsTable.oneOf}</Text>
                  ) : null}
                  <View className="materials-row__names" {...CHINESE}>
                    <Text>{group.map(nameOf).join('、')}</Text>
                  </View>
                </View>
              ))}
            </View>
          )}
        </View>
      ))}
    </>
  );
}
