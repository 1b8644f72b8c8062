// The current request's id, wherever the code runs (resolvers' error masking, the logger),
// without threading it through every call: AsyncLocalStorage (nodejs_compat).
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<{ requestId: string }>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Cloudflare's ray id when there is one (it ties our log line to Cloudflare's), else a fresh UUID. */
export function requestIdOf(request: Request): string {
  const ray = request.headers.get('cf-ray');
  return ray && /^[0-9a-zA-Z-]{8,64}$/.test(ray) ? ray : crypto.randomUUID();
}
