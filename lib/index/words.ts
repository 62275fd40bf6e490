/**
 * An index of the words of every incident, for `q`: the distinct folded
 * words of the dataset, sorted, each with the ascending indices of the
 * features that hold it, in two typed arrays (no object per word or per
 * feature). A query word takes the run of words it begins (a binary search:
 * in sorted order the words a prefix begins are adjacent), the union of their
 * features; query words intersect. It answers what lib/match.ts answers
 * (words.test.ts compares the two), without folding any incident's text at
 * query time.
 */
import { searchWords } from '../text';

/** A bitset of feature indices: bit i % 32 of word i >>> 5. */
export type Bits = Uint32Array;

export const hasBit = (bits: Bits, i: number): boolean => ((bits[i >>> 5] >>> (i & 31)) & 1) === 1;

/** Answers kept per query: a map session asks the same `q` for every view. 16 bitsets are 200 KB at 100,000 incidents. */
const KEPT_QUERIES = 16;

export class WordIndex {
  private kept = new Map<string, Bits | undefined>();

  constructor(
    /** How many features were indexed. */
    readonly size: number,
    /** The distinct folded words, sorted by UTF-16 code unit (JavaScript's `<`). */
    readonly words: readonly string[],
    /** The features of words[k] are postings[offsets[k]] to postings[offsets[k + 1] - 1], ascending. */
    readonly offsets: Uint32Array,
    readonly postings: Uint32Array,
  ) {}

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
   * feature matches, as in lib/match.ts.
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

  /** How many postings the words of a range hold together. */
  private count([start, end]: [number, number]): number {
    return this.offsets[end] - this.offsets[start];
  }

  private union([start, end]: [number, number]): Bits {
    const bits: Bits = new Uint32Array((this.size + 31) >>> 5);
    const postings = this.postings;
    for (let k = this.offsets[start], last = this.offsets[end]; k < last; k++) bits[postings[k] >>> 5] |= 1 << (postings[k] & 31);
    return bits;
  }

  /** Bytes of the typed arrays (the words' strings besides). */
  get bytes(): number {
    return this.offsets.byteLength + this.postings.byteLength;
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
 * Builds a WordIndex one feature at a time, in ascending feature order. Each
 * distinct text is folded once for the whole dataset: most recur (a city, a
 * county, a title), and folding is the cost. A feature's words are the words
 * of each of its texts in turn, which is what folding them joined by a newline
 * gives (lib/text.test.ts). Features keep references to their folded texts,
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

  /** Calls `use` with each word id of the text at `at` that feature `i` has not held yet. */
  private forEachNewWord(at: number, i: number, use: (id: number) => void): void {
    const known = this.known.array;
    const last = this.lastFeature.array;
    for (let k = at + 1, end = at + 1 + known[at]; k < end; k++) {
      const id = known[k];
      if (last[id] === i + 1) continue;
      last[id] = i + 1;
      use(id);
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

  /** The index of every feature added, `size` in all (at least the last added plus one), in steps: each yield is a pause. */
  *finish(size = this.size): Generator<void, WordIndex, void> {
    size = Math.max(size, this.size);
    this.texts.clear();
    while (this.featureStart.length <= size) this.featureStart.push(this.featureTexts.length);
    const byId = [...this.ids.keys()];
    const words = [...byId].sort();
    const rank = new Uint32Array(byId.length);
    words.forEach((word, k) => (rank[this.ids.get(word)!] = k));
    this.ids.clear();
    const offsets = new Uint32Array(words.length + 1);
    for (let id = 0; id < byId.length; id++) offsets[rank[id] + 1] = this.counts.array[id];
    for (let k = 0; k < words.length; k++) offsets[k + 1] += offsets[k];
    yield;
    // Features in ascending order, so each word's postings are written in ascending order.
    const next = offsets.slice(0, words.length);
    const postings = new Uint32Array(offsets[words.length]);
    this.lastFeature.array.fill(0);
    const start = this.featureStart.array;
    const texts = this.featureTexts.array;
    for (let i = 0; i < size; i++) {
      for (let t = start[i]; t < start[i + 1]; t++) this.forEachNewWord(texts[t], i, (id) => (postings[next[rank[id]]++] = i));
      if (i % FEATURES_PER_STEP === FEATURES_PER_STEP - 1) yield;
    }
    return new WordIndex(size, words, offsets, postings);
  }
}

/**
 * The word index of `size` features, whose searchable texts `textsOf`
 * gives, built in steps: each yield is a pause where a caller may give the
 * event loop back (a few milliseconds apart).
 */
export function* wordIndexSteps(size: number, textsOf: (i: number) => readonly string[]): Generator<void, WordIndex, void> {
  const builder = new WordIndexBuilder();
  for (let i = 0; i < size; i++) {
    builder.add(i, textsOf(i));
    if (i % FEATURES_PER_STEP === FEATURES_PER_STEP - 1) yield;
  }
  return yield* builder.finish(size);
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
export function buildWordIndex(size: number, textsOf: (i: number) => readonly string[]): WordIndex {
  return complete(wordIndexSteps(size, textsOf));
}
