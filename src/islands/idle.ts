/**
 * Resolve when the browser is idle (requestIdleCallback, at most `timeout` ms away), or after
 * `fallback` ms where there is no such callback (Safari).
 */
export function whenIdle(timeout: number, fallback: number): Promise<void> {
  return new Promise((resolve) => ("requestIdleCallback" in window ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, fallback)));
}
