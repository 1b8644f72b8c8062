// The load test's floor route (/__floor, src/load-floor.ts): served only where the `load`
// environment turns it on (LOAD_FLOOR = "on" in wrangler.toml's [env.load.vars]); the Worker as
// configured for production (the tests' wrangler.toml, top level) answers it as any unknown path.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { LOAD_FLOOR_MAX_BYTES } from '../../src/load-floor.js';
import { bindings, bodyOf, firstError, worker } from '../helpers.js';

describe('the load floor route', () => {
  it('is off in the Worker as configured for production: a 404 like any unknown path', async () => {
    expect(bindings.LOAD_FLOOR).toBeUndefined();
    for (const path of ['/__floor', '/__floor?bytes=1000']) {
      const res = await worker(path);
      expect(res.status).toBe(404);
      const unknown = await worker('/__no-such-route');
      expect(await res.text()).toBe((await unknown.text()).replace('/__no-such-route', '/__floor'));
    }
  });

  it('stays off for any value but "on" (fails closed)', async () => {
    const app = createApp();
    for (const value of ['', 'true', '1', 'ON', 'off']) {
      const res = await app.fetch(new Request('http://localhost/__floor?bytes=100'), { ...bindings, LOAD_FLOOR: value });
      expect(res.status, `LOAD_FLOOR=${JSON.stringify(value)}`).toBe(404);
      expect(firstError(await bodyOf(res)).extensions.code).toBe('NOT_FOUND');
    }
  });

  it('with LOAD_FLOOR "on", answers exactly the bytes asked for, as JSON, up to its cap', async () => {
    const app = createApp();
    const env = { ...bindings, LOAD_FLOOR: 'on' };
    for (const [asked, size] of [
      [1000, 1000],
      [4321, 4321],
      [12, 12],
      [1, 12],
      [10 ** 9, LOAD_FLOOR_MAX_BYTES],
    ]) {
      const res = await app.fetch(new Request(`http://localhost/__floor?bytes=${asked}`), env);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
      const text = await res.text();
      expect(text.length, `bytes=${asked}`).toBe(size);
      expect(JSON.parse(text)).toHaveProperty('floor');
    }
    const fallback = await app.fetch(new Request('http://localhost/__floor?bytes=lots'), env);
    expect((await fallback.text()).length).toBe(1000);
  });
});
