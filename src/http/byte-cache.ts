// The byte-bounded cache lives with the data (src/data/byte-cache.ts), so the resolvers' memo can use it too.
export { ByteCache, type ByteCacheOptions, stringBytes } from '../data/byte-cache.js';
