import type { ThreadLog } from '../thread.ts';

/**
 * How a script reports what it does: thread events stamped with the step's scheduled
 * time, and the run's progress `message`. Imports have no thread, only the message.
 */
export interface Narrator {
  status(message: string): void;
  say(markdown: string): void;
  think(text: string): void;
  emit(type: string, data: Record<string, unknown>): void;
  tool(name: string, args: Record<string, unknown>): ToolCall;
  task(title: string): void;
}

export interface ToolCall {
  done(result: Record<string, unknown>): void;
  fail(error: string): void;
}

export function createNarrator(
  thread: ThreadLog | null,
  drive: { readonly stepAt: number },
  setMessage: (message: string) => void,
): Narrator {
  let calls = 0;
  let tasks = 0;
  const emit = (type: string, data: Record<string, unknown>) => {
    thread?.append(type, data, drive.stepAt);
  };
  return {
    emit,
    status(message) {
      setMessage(message);
      emit('status', { message });
    },
    say(text) {
      emit('message', { text });
    },
    think(text) {
      emit('thinking', { text });
    },
    task(title) {
      tasks += 1;
      emit('task', { task_id: `task_${drive.stepAt.toString(36)}_${tasks}`, title });
    },
    tool(name, args) {
      calls += 1;
      const call_id = `call_${drive.stepAt.toString(36)}_${calls}`;
      emit('tool_call', { call_id, name, args });
      return {
        done: (result) => emit('tool_result', { call_id, name, ok: true, result }),
        fail: (error) => emit('tool_result', { call_id, name, ok: false, error }),
      };
    },
  };
}
