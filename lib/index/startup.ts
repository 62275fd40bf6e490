/**
 * Server start-up (Node only; instrumentation.ts imports it): loads, checks
 * and indexes the dataset before the first request, and ends the process on
 * invalid data, naming every problem. Without it a bad DATA_DIR would show
 * only as failing requests.
 */
import 'server-only';
import { configProblems } from '../config';
import type * as InMemory from '../in-memory';

/** The longest the background build of the word index holds the event loop at a time. */
const SLICE_MS = 10;

/**
 * Builds the index of words for `q` in slices of SLICE_MS, each after
 * whatever else waits (setImmediate), so the server listens and answers
 * meanwhile: at 100,000 incidents the build takes seconds, which at
 * start-up would lengthen every start (docs/PERFORMANCE.md).
 */
function indexWordsInBackground(indexWordsFor: typeof InMemory.indexWordsFor): Promise<void> {
  console.log('dataset: indexing words for text search in the background');
  const started = performance.now();
  let slices = 0;
  let longest = 0;
  return new Promise((resolve, reject) => {
    const slice = () => {
      try {
        const t = performance.now();
        const words = indexWordsFor(SLICE_MS);
        longest = Math.max(longest, performance.now() - t);
        slices++;
        if (!words) return void setImmediate(slice);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `dataset: ${words.words} distinct words (${words.postings} postings, ${words.bitsets} words as bitsets, ${(words.bytes / 1e6).toFixed(1)} MB) indexed for text search in the background in ${seconds} s, ${slices} slices, the longest ${longest.toFixed(0)} ms`,
        );
        resolve();
      } catch (error) {
        console.error(
          `dataset: the index of words failed (${error instanceof Error ? error.message : String(error)}); text queries build it themselves`,
        );
        reject(error);
      }
    };
    setImmediate(slice);
  });
}

export async function loadAtStartup(): Promise<void> {
  const { errors, warnings } = configProblems();
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  if (errors.length) {
    console.error(`refusing to start: ${errors.join('; ')}`);
    process.exit(1);
  }
  // With a database, db:load did the checking and indexing: only make sure it answers.
  if (process.env.DATABASE_URL)
    return (await import('../store/postgres/startup')).connectAtStartup(process.env.DATABASE_URL);
  const { dataDir, indexWordsFor, loadIncidents, warmIncidents } = await import('../in-memory');
  const started = performance.now();
  try {
    const { features } = loadIncidents();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`dataset: ${features.length} incidents loaded, checked and indexed in ${seconds} s from ${dataDir()}`);
    const warming = performance.now();
    const warm = warmIncidents();
    console.log(`dataset: ${warm.json} incidents serialised in ${((performance.now() - warming) / 1000).toFixed(1)} s`);
    // A text query that comes first tests incidents one by one, or finishes the build itself (lib/incidents.ts).
    indexWordsInBackground(indexWordsFor).catch(() => {});
  } catch (error) {
    console.error(`refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
