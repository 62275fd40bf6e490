/**
 * `npm run check [-- DIR]`: checks a data directory (default: DATA_DIR or ./data)
 * and exits 1 with every problem, each naming its file, id and field.
 */
import path from 'node:path';
import { readDataDir } from '@/lib/dataset/read';
import { checkDataset } from '@/lib/check/dataset';
import { checkGeonames } from '@/lib/check/geonames';
import { DatasetError } from '@/lib/shared/problem';

const dir = path.resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
const { problems, dataset } = checkDataset(readDataDir(dir), { extraRules: [checkGeonames] });
if (!dataset) {
  console.error(new DatasetError(problems).message);
  process.exit(1);
}
const excerpts = dataset.incidents.reduce(
  (n, i) => n + i.properties.sources.reduce((m, s) => m + s.excerpts.length, 0),
  0,
);
console.log(
  `data check passed: ${dataset.incidents.length} incidents, ${dataset.sources.size} sources, ${excerpts} verbatim excerpts (${dir})`,
);
