/**
 * A worker's progress callback that posts at most every 50 ms (and always the final 100%), so a
 * long fit reports progress without flooding the page's main thread with messages.
 */
export function throttledProgress(send: (fraction: number) => void, everyMs = 50): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    const now = performance.now();
    if (fraction >= 1 || now - last >= everyMs) {
      last = now;
      send(fraction);
    }
  };
}
