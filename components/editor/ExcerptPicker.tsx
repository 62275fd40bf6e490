'use client';
/**
 * Excerpts are chosen, never typed: the maintainer selects a passage of a
 * source's archived text and the passage is cut from that text by its
 * offsets, widened to whole words. So an excerpt is verbatim by construction.
 */
import { useEffect, useRef, useState } from 'react';
import { getJson } from './api';
import { FieldProblems } from './problems';
import { text } from './text';
import styles from './editor.module.css';

type Ref = { source: string; excerpts: string[] };
const WORD = /[\p{L}\p{N}]/u;

/** The selection inside `box` (one text node) as offsets into `body`, widened to whole words and trimmed. */
export function selectedSpan(box: HTMLElement, body: string): [number, number] | undefined {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return undefined;
  const offset = (node: Node, at: number) => {
    const r = document.createRange();
    r.selectNodeContents(box);
    r.setEnd(node, at);
    return r.toString().length;
  };
  let start = offset(range.startContainer, range.startOffset);
  let end = offset(range.endContainer, range.endOffset);
  while (start > 0 && WORD.test(body[start - 1]) && WORD.test(body[start])) start--;
  while (end < body.length && WORD.test(body[end]) && WORD.test(body[end - 1])) end++;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return end > start ? [start, end] : undefined;
}

export function ExcerptPicker({ sources, refs, onChange }: { sources: { id: string; title: string; publisher: string }[]; refs: Ref[]; onChange: (next: Ref[]) => void }) {
  const [sourceId, setSourceId] = useState(refs[0]?.source ?? sources[0]?.id ?? '');
  const [body, setBody] = useState('');
  const [hint, setHint] = useState('');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!sourceId) return;
    let live = true;
    getJson<{ text: string }>(`sources/${encodeURIComponent(sourceId)}`).then((a) => live && setBody(a.body.text ?? ''));
    return () => {
      live = false;
    };
  }, [sourceId]);

  function add() {
    const span = box.current && selectedSpan(box.current, body);
    if (!span) return setHint(text.excerpts.noSelection);
    setHint('');
    const excerpt = body.slice(span[0], span[1]);
    const at = refs.findIndex((r) => r.source === sourceId);
    if (at < 0) onChange([...refs, { source: sourceId, excerpts: [excerpt] }]);
    else if (!refs[at].excerpts.includes(excerpt)) onChange(refs.map((r, i) => (i === at ? { ...r, excerpts: [...r.excerpts, excerpt] } : r)));
    window.getSelection()?.removeAllRanges();
  }

  function remove(i: number, j: number) {
    const excerpts = refs[i].excerpts.filter((_, k) => k !== j);
    onChange(excerpts.length ? refs.map((r, k) => (k === i ? { ...r, excerpts } : r)) : refs.filter((_, k) => k !== i));
  }

  return (
    <section className={styles.widget} data-path="properties.sources">
      <h3>{text.excerpts.heading}</h3>
      <p className={styles.help}>{text.excerpts.help}</p>
      {refs.map((r, i) => (
        <div key={r.source} className={styles.item}>
          <strong>{r.source}</strong>
          <FieldProblems path={`properties.sources.${i}.source`} />
          <ol>
            {r.excerpts.map((e, j) => (
              <li key={j} data-excerpt>
                <blockquote>{e}</blockquote>
                <button type="button" onClick={() => remove(i, j)}>
                  {text.excerpts.remove}
                </button>
                <FieldProblems path={`properties.sources.${i}.excerpts.${j}`} />
              </li>
            ))}
          </ol>
        </div>
      ))}
      <FieldProblems path="properties.sources" />
      <label className={styles.field}>
        <span>{text.excerpts.source}</span>
        <select value={sourceId} onChange={(e) => setSourceId(e.target.value)} aria-label={text.excerpts.source}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} — {s.publisher}: {s.title}
            </option>
          ))}
        </select>
      </label>
      <div ref={box} className={styles.archive} data-testid="archived-text" tabIndex={0} aria-label="Archived text">
        {body}
      </div>
      <button type="button" onClick={add}>
        {text.excerpts.add}
      </button>
      {hint && <p role="status">{hint}</p>}
    </section>
  );
}
