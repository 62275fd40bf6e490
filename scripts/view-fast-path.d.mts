/** Types of view-fast-path.mjs (plain JavaScript: scripts/start.mjs runs under node without a compiler). */
export interface CachedAnswer {
  etag: string;
  /** The raw body, kept only when small. */
  body?: Buffer;
  /** The body compressed, by content coding, as it has been asked for. */
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

export interface AnswerCache {
  /** The kept entry, and the raw body when at hand (made now, or kept). */
  get(query: string, make: () => { etag: string; body: string | Buffer } | undefined): { entry: CachedAnswer; body?: Buffer } | undefined;
  encoded(query: string, entry: CachedAnswer, encoding: 'br' | 'gzip', bytes: Buffer): void;
  readonly size: number;
  readonly bytes: number;
}

export declare function answerCache(limits?: { answers?: number; bytes?: number; raw?: number }): AnswerCache;
