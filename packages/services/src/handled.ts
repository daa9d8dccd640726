/**
 * Marks a promise that is awaited later (read-ahead, write-behind) as handled now, so that a
 * failure while other work runs is not reported as unhandled; awaiting it still throws.
 */
export const handled = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};
