/**
 * Server start-up (Node only; instrumentation.ts imports it): loads, checks
 * and indexes the dataset before the first request, and ends the process on
 * invalid data, naming every problem. Without it a bad DATA_DIR would show
 * only as failing requests.
 */
import { dataDir, indexWords, loadIncidents, warmIncidents } from '../incidents';
import { offerViewAnswers } from './view-answer';

export function loadAtStartup(): void {
  const started = performance.now();
  try {
    const { features } = loadIncidents();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`dataset: ${features.length} incidents loaded, checked and indexed in ${seconds} s from ${dataDir()}`);
    const warming = performance.now();
    const warm = warmIncidents();
    console.log(`dataset: ${warm.json} incidents serialised, ${warm.clusterIndexes} per-setting and per-agency cluster indexes built in ${((performance.now() - warming) / 1000).toFixed(1)} s`);
    const indexing = performance.now();
    const words = indexWords();
    console.log(`dataset: ${words.words} distinct words (${words.postings} postings, ${(words.bytes / 1e6).toFixed(1)} MB) indexed for text search in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);
    offerViewAnswers();
  } catch (error) {
    console.error(`refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
