/**
 * An index of the words of every incident, for `q`: the distinct folded
 * words of the dataset, sorted, each with the features that hold it, in
 * typed arrays (no object per word or per feature): a word held by few
 * features lists their ascending indices, a word held by many (more than
 * one in 32, where a list costs more than a bitset) is a bitset. A query
 * word takes the run of words it begins (a binary search: in sorted order
 * the words a prefix begins are adjacent), the union of their
 * features; query words intersect. It answers what lib/shared/match.ts answers
 * (words.test.ts compares the two), without folding any incident's text at
 * query time.
 */
import 'server-only';
import { searchWords } from '../shared/text';

/** A bitset of feature indices: bit i % 32 of word i >>> 5. */
export type Bits = Uint32Array;

export const hasBit = (bits: Bits, i: number): boolean => ((bits[i >>> 5] >>> (i & 31)) & 1) === 1;

/** Answers kept per query: a map session asks the same `q` for every view. 16 bitsets are 200 KB at 100,000 incidents. */
const KEPT_QUERIES = 16;

/** Where the features of each word are. */
export interface Postings {
  /** How many features hold words[k]. */
  counts: Uint32Array;
  /** The features of a listed word k are postings[offsets[k]] to postings[offsets[k + 1] - 1], ascending (none for a word kept as a bitset). */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** The bitset of word k is the `(size + 31) >>> 5` numbers of `bitsets` from slot[k] times that, when slot[k] is not -1. */
  slot: Int32Array;
  bitsets: Uint32Array;
}

export class WordIndex {
  private kept = new Map<string, Bits | undefined>();
  /** Numbers in a bitset of every feature. */
  private stride: number;

  constructor(
    /** How many features were indexed. */
    readonly size: number,
    /** The distinct folded words, sorted by UTF-16 code unit (JavaScript's `<`). */
    readonly words: readonly string[],
    readonly features: Postings,
  ) {
    this.stride = (size + 31) >>> 5;
  }

  /**
   * The words that begin with `prefix`, as the range [start, end) of `words`.
   *
   * @example
   * index.range('sagr') // [k, k + 2] when the words include 'sagrada' and 'sagrado'
   */
  range(prefix: string): [start: number, end: number] {
    const words = this.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    // From `start` on, the words that begin with `prefix` come first: any other word is greater.
    hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid].startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return [start, lo];
  }

  /**
   * The features of which every word of `q` begins a word, as a bitset;
   * undefined when `q` has no words (only punctuation, say), which every
   * feature matches, as in lib/shared/match.ts.
   */
  matching(q: string): Bits | undefined {
    if (this.kept.has(q)) return this.kept.get(q);
    const bits = this.compute(searchWords(q));
    if (this.kept.size >= KEPT_QUERIES) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(q, bits);
    return bits;
  }

  private compute(queryWords: string[]): Bits | undefined {
    if (queryWords.length === 0) return undefined;
    // The rarest first: once nothing is left, the others need no look.
    const ranges = queryWords.map((w) => this.range(w)).sort((a, b) => this.count(a) - this.count(b));
    const result = this.union(ranges[0]);
    for (const range of ranges.slice(1)) {
      if (result.every((word) => word === 0)) break;
      const other = this.union(range);
      for (let k = 0; k < result.length; k++) result[k] &= other[k];
    }
    return result;
  }

  /** How many features the words of a range hold together (counting a feature once per word). */
  private count([start, end]: [number, number]): number {
    let count = 0;
    for (let k = start; k < end; k++) count += this.features.counts[k];
    return count;
  }

  private union([start, end]: [number, number]): Bits {
    const bits: Bits = new Uint32Array(this.stride);
    const { offsets, postings, slot, bitsets } = this.features;
    for (let k = start; k < end; k++) {
      if (slot[k] >= 0) {
        for (let w = 0, from = slot[k] * this.stride; w < bits.length; w++) bits[w] |= bitsets[from + w];
      } else {
        for (let p = offsets[k], last = offsets[k + 1]; p < last; p++)
          bits[postings[p] >>> 5] |= 1 << (postings[p] & 31);
      }
    }
    return bits;
  }

  /** How many (word, feature) pairs the index holds. */
  get pairs(): number {
    return this.count([0, this.words.length]);
  }

  /** How many words are kept as bitsets. */
  get bitsetWords(): number {
    return this.features.bitsets.length / Math.max(1, this.stride);
  }

  /** The features of words[k], ascending. */
  featuresOf(k: number): number[] {
    const bits = this.union([k, k + 1]);
    return Array.from({ length: this.size }, (_, i) => i).filter((i) => hasBit(bits, i));
  }

  /** Bytes of the typed arrays (the words' strings besides). */
  get bytes(): number {
    return Object.values(this.features).reduce(
      (bytes: number, array: Uint32Array | Int32Array) => bytes + array.byteLength,
      0,
    );
  }
}

/** A Uint32Array that doubles when full. */
class Growing {
  array = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }
}

/** Features between two pauses of a build in steps. */
const FEATURES_PER_STEP = 64;
/**
 * A word held by more than this share of the features is kept as a bitset:
 * a list costs 4 bytes a feature, a bitset an eighth of a byte for every
 * feature. At 100,000 generated incidents 223 such words hold 92% of the
 * postings: 2.8 MB as bitsets instead of 22.4 MB as lists.
 */
export const BITSET_SHARE = 1 / 32;

/**
 * Builds a WordIndex one feature at a time, in ascending feature order. Each
 * distinct text is folded once for the whole dataset: most recur (a city, a
 * county, a title), and folding is the cost. A feature's words are the words
 * of each of its texts in turn, which is what folding them joined by a newline
 * gives (lib/shared/text.test.ts). Features keep references to their folded texts,
 * not their words, and the postings are written in a second pass: a tenth of
 * the memory of (word, feature) pairs, whose growth as array buffers made V8
 * collect the whole heap several times during a build.
 */
export class WordIndexBuilder {
  /** Word → id, in order of first sight. */
  private ids = new Map<string, number>();
  /** Text → where its word ids are in `known`: the count, then the ids. */
  private texts = new Map<string, number>();
  private known = new Growing();
  /** Where each feature's texts are in `known`, feature i's from featureStart[i] to featureStart[i + 1]. */
  private featureTexts = new Growing();
  private featureStart = new Growing();
  /** Per word id: how many features hold it. */
  private counts = new Growing();
  /** Per word id: the last feature that held it, plus one, so a feature counts a word once. */
  private lastFeature = new Growing();
  private size = 0;

  /** Indexes feature `i` (greater than any before), whose searchable texts are `texts`. */
  add(i: number, texts: readonly string[]): void {
    if (i < this.size) throw new Error(`features must come in ascending order: ${i} after ${this.size - 1}`);
    this.size = i + 1;
    while (this.featureStart.length <= i) this.featureStart.push(this.featureTexts.length);
    for (const text of texts) {
      const at = this.texts.get(text) ?? this.fold(text);
      this.featureTexts.push(at);
      this.forEachNewWord(at, i, (id) => this.counts.array[id]++);
    }
  }

  /** Calls `visit` with each word id of the text at `at` that feature `i` has not held yet. */
  private forEachNewWord(at: number, i: number, visit: (id: number) => void): void {
    const known = this.known.array;
    const last = this.lastFeature.array;
    for (let k = at + 1, end = at + 1 + known[at]; k < end; k++) {
      const id = known[k];
      if (last[id] === i + 1) continue;
      last[id] = i + 1;
      visit(id);
    }
  }

  /** Folds a text not seen before and keeps its word ids; returns where they are. */
  private fold(text: string): number {
    const words = searchWords(text);
    const at = this.known.length;
    this.known.push(words.length);
    for (const word of words) {
      let id = this.ids.get(word);
      if (id === undefined) {
        this.ids.set(word, (id = this.ids.size));
        this.counts.push(0);
        this.lastFeature.push(0);
      }
      this.known.push(id);
    }
    this.texts.set(text, at);
    return at;
  }

  /**
   * The index of every feature added, `size` in all (at least the last
   * added plus one), in steps: each yield is a pause. Words held by more
   * than `bitsetShare` of the features are kept as bitsets.
   */
  *finish(size = this.size, bitsetShare = BITSET_SHARE): Generator<void, WordIndex, void> {
    size = Math.max(size, this.size);
    this.texts.clear();
    while (this.featureStart.length <= size) this.featureStart.push(this.featureTexts.length);
    const byId = [...this.ids.keys()];
    const words = [...byId].sort();
    const rank = new Uint32Array(byId.length);
    words.forEach((word, k) => (rank[this.ids.get(word)!] = k));
    this.ids.clear();
    const counts = new Uint32Array(words.length);
    for (let id = 0; id < byId.length; id++) counts[rank[id]] = this.counts.array[id];
    const slot = new Int32Array(words.length).fill(-1);
    let slots = 0;
    for (let k = 0; k < words.length; k++) if (counts[k] > size * bitsetShare) slot[k] = slots++;
    const offsets = new Uint32Array(words.length + 1);
    for (let k = 0; k < words.length; k++) offsets[k + 1] = offsets[k] + (slot[k] < 0 ? counts[k] : 0);
    yield;
    // Features in ascending order, so each word's list is written in ascending order.
    const next = offsets.slice(0, words.length);
    const postings = new Uint32Array(offsets[words.length]);
    const stride = (size + 31) >>> 5;
    const bitsets = new Uint32Array(slots * stride);
    this.lastFeature.array.fill(0);
    const start = this.featureStart.array;
    const texts = this.featureTexts.array;
    let i = 0;
    const write = (id: number) => {
      const k = rank[id];
      if (slot[k] < 0) postings[next[k]++] = i;
      else bitsets[slot[k] * stride + (i >>> 5)] |= 1 << (i & 31);
    };
    for (; i < size; i++) {
      for (let t = start[i]; t < start[i + 1]; t++) this.forEachNewWord(texts[t], i, write);
      if (i % FEATURES_PER_STEP === FEATURES_PER_STEP - 1) yield;
    }
    return new WordIndex(size, words, { counts, offsets, postings, slot, bitsets });
  }
}

/**
 * The word index of `size` features, whose searchable texts `textsOf`
 * gives, built in steps: each yield is a pause where a caller may give the
 * event loop back (a few milliseconds apart).
 */
export function* wordIndexSteps(
  size: number,
  textsOf: (i: number) => readonly string[],
  bitsetShare = BITSET_SHARE,
): Generator<void, WordIndex, void> {
  const builder = new WordIndexBuilder();
  for (let i = 0; i < size; i++) {
    builder.add(i, textsOf(i));
    if (i % FEATURES_PER_STEP === FEATURES_PER_STEP - 1) yield;
  }
  return yield* builder.finish(size, bitsetShare);
}

/**
 * The test of `q` while its index may still be building: by `scan` (the
 * per-incident rule, lib/shared/match.ts) for the first `limit` features asked
 * about, then by the index, which `finish` completes when it is not `ready`.
 * A view of a city scans a few hundred incidents in milliseconds; a view of
 * the country would fold every text, which costs as much as finishing the
 * index. Undefined when `q` has no words: every feature matches.
 */
export function textTest(
  q: string,
  index: { ready?: WordIndex; finish: () => WordIndex },
  scan: (i: number) => boolean,
  limit: number,
): ((i: number) => boolean) | undefined {
  if (searchWords(q).length === 0) return undefined;
  let scanned = index.ready ? limit : 0;
  let bits: Bits | undefined;
  return (i) => {
    if (scanned < limit) {
      scanned++;
      return scan(i);
    }
    bits ??= (index.ready ?? index.finish()).matching(q)!;
    return hasBit(bits, i);
  };
}

/** Runs a build in steps to its end. */
export function complete<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The word index of `size` features, whose searchable texts `textsOf` gives, at once.
 *
 * @example
 * buildWordIndex(features.length, (i) => searchFields(features[i])).matching('sagr') // bits of the features with "Sagrado"
 */
export function buildWordIndex(
  size: number,
  textsOf: (i: number) => readonly string[],
  bitsetShare = BITSET_SHARE,
): WordIndex {
  return complete(wordIndexSteps(size, textsOf, bitsetShare));
}
