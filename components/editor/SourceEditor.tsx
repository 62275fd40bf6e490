'use client';
/**
 * Archiving a source: a saved web page's readable text (extracted on the
 * server) or pasted text, reviewed and corrected here, described, and saved
 * with the SHA-256 of its text. Captions, comments and "related" lines are
 * marked as non-reporting by selecting them in the text.
 */
import { useRef, useState } from 'react';
import { SOURCE_KINDS } from '@/lib/shared/vocabulary';
import type { Problem } from '@/lib/shared/problem';
import { getJson, postJson } from './api';
import { InputBox } from './FieldView';
import { Conflicts, type ConflictData } from './Conflict';
import { ProblemsContext, FieldProblems } from './problems';
import type { EditorState } from './Editor';
import { text } from './text';
import styles from './editor.module.css';

type Passage = {
  kind: 'photo-caption' | 'reader-comments' | 'related-link';
  text: string;
  quotable: boolean;
  note: string;
};
type Meta = Record<string, unknown> & { nonReporting?: Passage[]; notes?: string[] };

const META_FIELDS: { path: string; label: string }[] = [
  { path: 'publisher', label: 'Publisher' },
  { path: 'title', label: 'Title' },
  { path: 'url', label: 'URL' },
  { path: 'published', label: 'Published (YYYY-MM-DD, YYYY-MM or YYYY)' },
  { path: 'language', label: 'Language (two letters)' },
  { path: 'archived', label: 'Archived (YYYY-MM-DD)' },
];

/** "Example Gazette", "2025-07-10" → "example-gazette-2025-07-10". */
function suggestId(publisher: unknown, published: unknown): string {
  return [publisher, published]
    .filter((s): s is string => typeof s === 'string' && !!s)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

export function SourceEditor({ state, onSaved }: { state: EditorState; onSaved: (id: string) => void }) {
  const [id, setId] = useState('');
  const [meta, setMeta] = useState<Meta>({ kind: 'news', archived: state.today, notes: [], nonReporting: [] });
  const [body, setBody] = useState('');
  const [pasted, setPasted] = useState('');
  const [base, setBase] = useState<{ meta: string | null; text: string | null }>({ meta: null, text: null });
  const [kind, setKind] = useState<Passage['kind']>('photo-caption');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [conflicts, setConflicts] = useState<ConflictData[]>([]);
  // The textarea keeps its selection when the button is clicked: read it then.
  const area = useRef<HTMLTextAreaElement>(null);

  function fresh(textIn: string, found: Record<string, unknown> = {}) {
    const { text: _t, ...rest } = found;
    const next: Meta = { kind: 'news', archived: state.today, notes: [], nonReporting: [], ...rest };
    setMeta(next);
    setBody(textIn);
    setId(suggestId(next.publisher, next.published));
    setBase({ meta: null, text: null });
    setProblems([]);
    setMessage(undefined);
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    const html = await file.text();
    const a = await postJson<Record<string, unknown> & { text?: string }>('extract', { html });
    if (a.status !== 200) return setMessage({ ok: false, text: a.body.error ?? `error ${a.status}` });
    fresh(a.body.text ?? '', a.body);
  }

  async function openSource(sourceId: string) {
    if (!sourceId) return;
    const a = await getJson<{ meta: Meta; text: string; metaVersion: string | null; textVersion: string | null }>(
      `sources/${encodeURIComponent(sourceId)}`,
    );
    if (a.status !== 200) return setMessage({ ok: false, text: a.body.error ?? `error ${a.status}` });
    setId(sourceId);
    setMeta(a.body.meta);
    setBody(a.body.text);
    setBase({ meta: a.body.metaVersion, text: a.body.textVersion });
    setProblems([]);
    setMessage(undefined);
  }

  function mark() {
    const el = area.current;
    const passage = el ? body.slice(el.selectionStart, el.selectionEnd).trim() : '';
    if (!passage) return setMessage({ ok: false, text: text.excerpts.noSelection });
    setMeta((m) => ({
      ...m,
      nonReporting: [...(m.nonReporting ?? []), { kind, text: passage, quotable: kind === 'photo-caption', note: '' }],
    }));
  }

  function setPassage(i: number, patch: Partial<Passage>) {
    setMeta((m) => ({ ...m, nonReporting: (m.nonReporting ?? []).map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  }

  async function save() {
    setConflicts([]);
    const a = await postJson<{
      problems?: Problem[];
      conflicts?: ConflictData[];
      metaVersion?: string;
      textVersion?: string;
    }>('sources', { id, meta, text: body, base });
    if (a.status === 200) {
      setProblems([]);
      setBase({ meta: a.body.metaVersion ?? null, text: a.body.textVersion ?? null });
      setMessage({ ok: true, text: `${text.source.saved}: sources/${id}.json, sources/${id}.txt` });
      onSaved(id);
      return;
    }
    setProblems(a.body.problems ?? []);
    setConflicts(a.body.conflicts ?? []);
    setMessage({ ok: false, text: a.body.error ?? `error ${a.status}` });
  }

  const shown = problems.filter((p) => p.file.includes(`sources/${id}.`));
  return (
    <ProblemsContext value={shown}>
      <div className={styles.shell}>
        <form onSubmit={(e) => (e.preventDefault(), save())} aria-label="Source">
          <section className={styles.section}>
            <h2>{text.source.heading}</h2>
            <label className={styles.field}>
              <span>{text.source.open}</span>
              <input type="file" accept=".html,.htm,text/html" onChange={(e) => openFile(e.target.files?.[0])} />
            </label>
            <p className={styles.help}>{text.source.openHelp}</p>
            <label className={styles.field}>
              <span>{text.source.paste}</span>
              <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={3} />
            </label>
            <button type="button" onClick={() => fresh(pasted)}>
              {text.source.usePaste}
            </button>
            <label className={styles.field}>
              <span>{text.source.pick}</span>
              <select value="" onChange={(e) => openSource(e.target.value)}>
                <option value="">—</option>
                {state.sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.id}
                  </option>
                ))}
              </select>
            </label>
          </section>
          <section className={styles.section}>
            <label className={styles.field}>
              <span>Source id (lowercase words and hyphens)</span>
              <input type="text" value={id} onChange={(e) => setId(e.target.value)} readOnly={base.meta !== null} />
              <FieldProblems path="id" />
            </label>
            {META_FIELDS.map((f) => (
              <InputBox
                key={f.path}
                input="text"
                label={f.label}
                path={f.path}
                value={meta[f.path]}
                onChange={(p, v) => setMeta((m) => ({ ...m, [p]: v }))}
              />
            ))}
            <label className={styles.field}>
              <span>Kind</span>
              <select
                value={String(meta.kind ?? 'news')}
                onChange={(e) => setMeta((m) => ({ ...m, kind: e.target.value }))}
              >
                {SOURCE_KINDS.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              <span>{text.source.textLabel}</span>
              <textarea className={styles.textarea} value={body} ref={area} onChange={(e) => setBody(e.target.value)} />
              <FieldProblems path="text" />
              <FieldProblems path="sha256" />
            </label>
            <p className={styles.help}>{text.source.markHelp}</p>
            <select
              value={kind}
              onChange={(e) => setKind(e.target.value as Passage['kind'])}
              aria-label="Kind of passage"
            >
              <option value="photo-caption">photo caption</option>
              <option value="reader-comments">reader comments</option>
              <option value="related-link">related link</option>
            </select>{' '}
            <button type="button" onClick={mark}>
              {text.source.mark}
            </button>
            <h3>{text.source.passages}</h3>
            {(meta.nonReporting ?? []).map((p, i) => (
              <div key={i} className={styles.item}>
                <strong>{p.kind}</strong>: <q>{p.text}</q>
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    checked={p.quotable}
                    disabled={p.kind !== 'photo-caption'}
                    onChange={(e) => setPassage(i, { quotable: e.target.checked })}
                  />{' '}
                  {text.source.quotable}
                </label>
                <InputBox
                  input="text"
                  label={text.source.noteFor}
                  path={`nonReporting.${i}.note`}
                  value={p.note}
                  onChange={(_, v) => setPassage(i, { note: String(v ?? '') })}
                />
                <FieldProblems path={`nonReporting.${i}.text`} />
                <button
                  type="button"
                  onClick={() =>
                    setMeta((m) => ({ ...m, nonReporting: (m.nonReporting ?? []).filter((_, j) => j !== i) }))
                  }
                >
                  {text.list.remove}
                </button>
              </div>
            ))}
            <ul className={styles.problems}>
              {problems.map((p, i) => (
                <li key={i}>
                  <code>{[p.file, p.field].filter(Boolean).join(' ')}</code>: {p.message}
                </li>
              ))}
            </ul>
            <button type="submit">{text.source.save}</button>
            {message && (
              <p className={message.ok ? styles.status : styles.statusBad} role="alert">
                {message.text}
              </p>
            )}
            <Conflicts conflicts={conflicts} />
          </section>
        </form>
      </div>
    </ProblemsContext>
  );
}
