// `npm run test:deep`: the slow classes the everyday suite leaves out (vitest.config.ts DEEP_TESTS).
import { DEEP_TESTS, suiteConfig } from './vitest.config.ts';

export default suiteConfig(DEEP_TESTS, []);
