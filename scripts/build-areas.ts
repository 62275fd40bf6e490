/**
 * `npm run data:areas`: recomputes the geometry of every area incident
 * (`location.unionOf`) as the turf union of its us-atlas counties, so areas
 * are never drawn by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { countyUnion } from '@/lib/geo/counties';

const dir = path.resolve(process.argv[2] ?? 'data', 'incidents');
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
  const file = path.join(dir, name);
  const feature = JSON.parse(fs.readFileSync(file, 'utf8'));
  const unionOf: string[] | undefined = feature.properties?.location?.unionOf;
  if (!unionOf) continue;
  feature.geometry = countyUnion(unionOf);
  fs.writeFileSync(file, JSON.stringify(feature, null, 2) + '\n');
  console.log(`${name}: union of ${unionOf.join(' + ')}`);
}
