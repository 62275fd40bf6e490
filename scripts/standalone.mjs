#!/usr/bin/env node
/**
 * Completes the standalone output after `next build` (postbuild): Next
 * leaves public/ and its own static files out of `<distDir>/standalone`, so
 * they are copied beside its server.js, as Next's documentation says to.
 * Then `node <distDir>/standalone/server.js` serves the whole app (with
 * PORT, HOSTNAME and the settings in the environment).
 */
import fs from 'node:fs';
import path from 'node:path';

const dist = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.join(dist, 'standalone');
if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error(`standalone: no ${standalone}/server.js (is output: 'standalone' set in next.config.ts?)`);
  process.exit(1);
}
fs.cpSync('public', path.join(standalone, 'public'), { recursive: true });
fs.cpSync(path.join(dist, 'static'), path.join(standalone, dist, 'static'), { recursive: true });
console.log(`standalone: public/ and ${dist}/static copied into ${standalone}`);
