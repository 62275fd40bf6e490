/**
 * The recent view answers kept by scripts/view-fast-path.mjs: made once per
 * query while kept, their compressed bodies kept beside them, raw bodies only
 * when small, and the least recently used dropped first beyond either bound.
 */
import { describe, expect, it } from 'vitest';
import { answerCache } from '../../scripts/view-fast-path.mjs';

const answer = (text: string) => () => ({ etag: `"${text}"`, body: text });

describe('the kept view answers', () => {
  it('makes an answer once while it is kept, and keeps no answer that is not one', () => {
    const cache = answerCache();
    let made = 0;
    const make = () => (made++, { etag: '"a"', body: 'aaaa' });
    expect(cache.get('q=a', make)?.body?.toString()).toBe('aaaa');
    expect(cache.get('q=a', make)?.entry.etag).toBe('"a"');
    expect(made).toBe(1);
    expect(cache.get('q=bad', () => undefined)).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('keeps a large raw body only for the request that made it', () => {
    const cache = answerCache({ raw: 3 });
    expect(cache.get('big', answer('bbbbbb'))?.body?.toString()).toBe('bbbbbb');
    const again = cache.get('big', answer('never'))!;
    expect(again.entry.etag).toBe('"bbbbbb"');
    expect(again.body).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('drops the least recently used first, by count and by bytes, compressed bodies counted', () => {
    const cache = answerCache({ answers: 2, bytes: 10 });
    cache.get('a', answer('aaa'));
    cache.get('b', answer('bbb'));
    cache.get('a', answer('never'));
    cache.get('c', answer('ccc'));
    // b was the least recently used: a was asked again after it.
    let remade = false;
    cache.get('b', () => ((remade = true), { etag: '"b"', body: 'bbb' }));
    expect(remade).toBe(true);
    expect(cache.size).toBe(2);
    const c = cache.get('c', answer('never'))!.entry;
    cache.encoded('c', c, 'br', Buffer.alloc(6));
    // 3 (b) + 3 (c) + 6 (c in brotli) > 10: b goes, c stays with its brotli.
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(9);
    expect(cache.get('c', answer('never'))!.entry.encoded.br?.length).toBe(6);
  });

  it('keeps no compressed body for an answer dropped while it was compressed', () => {
    const cache = answerCache({ answers: 1 });
    const a = cache.get('a', answer('aaa'))!.entry;
    cache.get('b', answer('bbb'));
    cache.encoded('a', a, 'gzip', Buffer.alloc(2));
    expect(cache.bytes).toBe(3);
  });
});
