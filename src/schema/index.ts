// Imports every type file (each registers its type and query fields), then builds the schema
// once per isolate.
import { builder } from './builder.js';
import './node.js';
import './common.js';
import './provider.js';
import './role.js';
import './topic.js';
import './certification.js';
import './catalog.js';

export const schema = builder.toSchema({ sortSchema: false });
import './comparison.js';
import './recommendation.js';
