/**
 * Runs `task` when the page is idle (requestIdleCallback; at most a second
 * late), or in a later task where the browser has no idle callbacks (Safari).
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 1);
}
