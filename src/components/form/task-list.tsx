import { Text, View } from '@tarojs/components';
import './form.css';

export interface Task {
  id: string;
  title: string;
  /** The state in words (never colour alone). */
  statusText: string;
  tone: 'neutral' | 'completed' | 'problem';
  /** Absent when the task cannot be started yet. */
  onOpen?: () => void;
}

/** GOV.UK "complete multiple tasks": each section with its state, a link where it can be opened. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <View className="card task-list" role="list">
      {tasks.map((task) => (
        <View key={task.id} role="listitem" className="task" id={`task-${task.id}`}>
          <View
            className={task.onOpen ? 'task__title link' : 'task__title'}
            onClick={task.onOpen}
            role={task.onOpen ? 'link' : undefined}
          >
            <Text>{task.title}</Text>
          </View>
          <Text className={`status-tag status-tag--${task.tone}`} id={`task-${task.id}-status`}>
            {task.statusText}
          </Text>
        </View>
      ))}
    </View>
  );
}
