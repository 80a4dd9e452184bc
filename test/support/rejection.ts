/**
 * The error `promise` rejects with, checked to be a `type`: the test fails when the promise resolves, or
 * rejects with anything else (whose own message is then shown).
 */
export async function rejection<E extends Error>(
  type: abstract new (...args: never[]) => E,
  promise: Promise<unknown>,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`expected a ${type.name}, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected a ${type.name}, but it resolved`);
}
