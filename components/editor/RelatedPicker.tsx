'use client';
/** Related incidents, found by searching titles, ids and places; each with the relation in our words, in both languages. */
import { useState } from 'react';
import { foldForSearch } from '@/lib/shared/text';
import { FieldView, type FieldProps } from './FieldView';
import { getAt } from './paths';
import { FieldProblems } from './problems';
import { text } from './text';
import styles from './editor.module.css';

type Related = { id: string; relation: unknown };
type Known = { id: string; title: string; date: string; place: string };

const PATH = 'properties.related';

export function RelatedPicker({
  self,
  incidents,
  incident,
  onChange,
  custom,
}: {
  self: string;
  incidents: Known[];
  incident: unknown;
  onChange: FieldProps['onChange'];
  custom: FieldProps['custom'];
}) {
  const [query, setQuery] = useState('');
  const related = (getAt(incident, PATH) as Related[] | undefined) ?? [];
  const q = foldForSearch(query);
  const found =
    q.length < 2
      ? []
      : incidents
          .filter(
            (i) =>
              i.id !== self &&
              !related.some((r) => r.id === i.id) &&
              foldForSearch(`${i.id} ${i.title} ${i.place}`).includes(q),
          )
          .slice(0, 8);
  return (
    <section className={styles.widget} data-path={PATH}>
      <h3>Related incidents</h3>
      {related.map((r, i) => (
        <div key={r.id} className={styles.item}>
          <strong>{r.id}</strong>
          <FieldView
            field={{
              kind: 'bilingual',
              label: text.related.relation,
              input: 'text',
              en: 'relation.en',
              es: 'relation.es',
            }}
            value={incident}
            base={`${PATH}.${i}`}
            onChange={onChange}
            custom={custom}
            suggestions={{ sources: [], links: [] }}
          />
          <FieldProblems path={`${PATH}.${i}.id`} />
          <button
            type="button"
            onClick={() =>
              onChange(
                PATH,
                related.filter((_, j) => j !== i),
              )
            }
          >
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
            <button
              type="button"
              onClick={() => (onChange(PATH, [...related, { id: i.id, relation: {} }]), setQuery(''))}
            >
              {i.date} · {i.title} ({i.id})
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
