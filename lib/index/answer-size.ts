/**
 * Whether features fit in one answer of the API (lib/index/limits.ts), for
 * answers made of features in hand, from either store.
 */
import 'server-only';
import type { ApiFeature } from '../shared/types';
import { MAX_BYTES, MAX_FEATURES } from './limits';

const sizes = new WeakMap<ApiFeature, number>();

/** The length of a feature's JSON, measured once. */
function sizeOf(f: ApiFeature): number {
  let size = sizes.get(f);
  if (size === undefined) sizes.set(f, (size = JSON.stringify(f).length + 1));
  return size;
}

/** True when `features` fit in one answer of the API. */
export function fitsOneAnswer(features: readonly ApiFeature[]): boolean {
  if (features.length > MAX_FEATURES) return false;
  let bytes = 0;
  for (const f of features) if ((bytes += sizeOf(f)) > MAX_BYTES) return false;
  return true;
}
