/**
 * A discrete-event clock: `sleep` parks a promise until virtual time reaches it, `run` jumps from
 * one wake-up to the next and lets every promise chain that woke settle before moving on, so an
 * hour of async client code runs in seconds and in the same order every time.
 */
interface Timer {
  at: number;
  seq: number;
  wake: () => void;
}

function earlier(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createVirtualClock() {
  const heap: Timer[] = [];
  let now = 0;
  let seq = 0;

  function push(timer: Timer) {
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!earlier(heap[i] as Timer, heap[parent] as Timer)) break;
      [heap[i], heap[parent]] = [heap[parent] as Timer, heap[i] as Timer];
      i = parent;
    }
  }

  function pop(): Timer | undefined {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && earlier(heap[left] as Timer, heap[least] as Timer)) least = left;
        if (right < heap.length && earlier(heap[right] as Timer, heap[least] as Timer))
          least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least] as Timer, heap[i] as Timer];
        i = least;
      }
    }
    return top;
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      seq += 1;
      push({ at: now + Math.max(0, ms), seq, wake });
    });
  }

  /** Advances until nothing is left to wake or the next wake-up lies beyond `untilMs`. */
  async function run(untilMs: number): Promise<void> {
    await settle();
    while (heap.length > 0 && (heap[0] as Timer).at <= untilMs) {
      const at = (heap[0] as Timer).at;
      now = at;
      while (heap.length > 0 && (heap[0] as Timer).at === at) pop()?.wake();
      await settle();
    }
  }

  return { now: () => now, sleep, run, pending: () => heap.length };
}

export type VirtualClock = ReturnType<typeof createVirtualClock>;
