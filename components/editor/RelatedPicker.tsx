'use client';
/** Related incidents, found by searching titles, ids and places; each with the relation in words. */
import { useState } from 'react';
import { foldForSearch } from '@/lib/text';
import { InputBox } from './FieldView';
import { FieldProblems } from './problems';
import { text } from './text';
import styles from './editor.module.css';

type Related = { id: string; relation: string };
type Known = { id: string; title: string; date: string; place: string };

export function RelatedPicker({ self, incidents, related, onChange }: { self: string; incidents: Known[]; related: Related[]; onChange: (next: Related[]) => void }) {
  const [query, setQuery] = useState('');
  const q = foldForSearch(query);
  const found = q.length < 2 ? [] : incidents.filter((i) => i.id !== self && !related.some((r) => r.id === i.id) && foldForSearch(`${i.id} ${i.title} ${i.place}`).includes(q)).slice(0, 8);
  return (
    <section className={styles.widget} data-path="properties.related">
      <h3>Related incidents</h3>
      {related.map((r, i) => (
        <div key={r.id} className={styles.item}>
          <strong>{r.id}</strong>
          <InputBox input="text" label={text.related.relation} path={`properties.related.${i}.relation`} value={r.relation} onChange={(_, v) => onChange(related.map((x, j) => (j === i ? { ...x, relation: String(v ?? '') } : x)))} />
          <FieldProblems path={`properties.related.${i}.id`} />
          <button type="button" onClick={() => onChange(related.filter((_, j) => j !== i))}>
            {text.list.remove}
          </button>
        </div>
      ))}
      <label className={styles.field}>
        <span>{text.related.search}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className={styles.results}>
        {found.map((i) => (
          <li key={i.id}>
            <button type="button" onClick={() => (onChange([...related, { id: i.id, relation: '' }]), setQuery(''))}>
              {i.date} · {i.title} ({i.id})
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
