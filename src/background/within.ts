/**
 * A loading asset's promise, waited on for at most `capMs`: the gate's deadline matters more than
 * any one signal, so a score that would wait longer goes ahead without the asset.
 */
export async function within<T>(
  load: Promise<T | undefined>,
  capMs: number,
): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), capMs);
  });
  try {
    return await Promise.race([load, cap]);
  } finally {
    clearTimeout(timer);
  }
}
