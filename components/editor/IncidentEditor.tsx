'use client';
/**
 * One incident: the form (fields.ts), the data check on every change with
 * each problem beside its field, the previews, and the save, refused while a
 * problem remains or when the file changed on disk. Editing a published
 * incident asks what the change corrects.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '@/lib/shared/problem';
import type { ApiFeature, MapConfig } from '@/lib/shared/types';
import { postJson } from './api';
import { SECTIONS } from './fields';
import { FieldView } from './FieldView';
import { ExcerptPicker } from './ExcerptPicker';
import { PlacePicker } from './PlacePicker';
import { RelatedPicker } from './RelatedPicker';
import { Preview } from './Preview';
import { Conflicts, type ConflictData } from './Conflict';
import { IdsPanel } from './IdsPanel';
import { getAt, setAt } from './paths';
import { FieldProblems, ProblemsContext } from './problems';
import type { EditorState } from './Editor';
import { text } from './text';
import styles from './editor.module.css';

type Incident = Record<string, unknown>;

export interface Opened {
  json: Incident;
  /** The file's version when opened; null for a new incident. */
  version: string | null;
}

export function IncidentEditor({
  opened,
  state,
  tiles,
  onSaved,
}: {
  opened: Opened;
  state: EditorState;
  tiles: MapConfig;
  onSaved: (id: string) => void;
}) {
  const [json, setJson] = useState<Incident>(opened.json);
  const [version, setVersion] = useState(opened.version);
  const [problems, setProblems] = useState<Problem[] | undefined>();
  const [preview, setPreview] = useState<ApiFeature | undefined>();
  const [correction, setCorrection] = useState({ en: '', es: '' });
  const [wordingOnly, setWordingOnly] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [conflicts, setConflicts] = useState<ConflictData[]>([]);
  const published = version !== null;
  const was = published ? (opened.json.id as string) : undefined;
  const asked = useRef(0);

  /** The incident as it will be written: with the correction entry, when there is one. */
  const final = useMemo(() => {
    const en = correction.en.trim();
    const es = correction.es.trim();
    if (!published || (!en && !es)) return json;
    // An empty language is left out, so the check names it.
    const note = { ...(en && { en }), ...(es && { es }) };
    const corrections = [...((getAt(json, 'properties.corrections') as unknown[]) ?? []), { date: state.today, note }];
    return setAt(setAt(json, 'properties.corrections', corrections), 'properties.updated', state.today);
  }, [json, correction, published, state.today]);

  useEffect(() => {
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      const a = await postJson<{ problems: Problem[]; preview?: ApiFeature }>('check', {
        id: final.id,
        json: final,
        was,
      });
      if (n !== asked.current) return;
      setProblems(a.body.problems ?? [{ file: '', message: a.body.error ?? 'the check failed' }]);
      setPreview(a.body.preview);
    }, 250);
    return () => clearTimeout(timer);
  }, [final, was]);

  const change = (path: string, next: unknown) => setJson((j) => setAt(j, path, next));
  const cited = ((getAt(json, 'properties.sources') as { source: string }[]) ?? []).map((s) => s.source);
  const links = ((getAt(json, 'properties.furtherReporting') as { url: string }[]) ?? []).map((l) => l.url);
  const titles = new Map(state.incidents.map((i) => [i.id, { en: i.title, es: i.titleEs || i.title }]));
  const fileName = `incidents/${String(json.id)}.json`;
  const here = (problems ?? []).filter((p) => p.file.endsWith(fileName) || p.file === 'incidents/?.json');
  const elsewhere = (problems ?? []).filter((p) => !here.includes(p));

  async function save() {
    setMessage(undefined);
    setConflicts([]);
    const a = await postJson<{ problems?: Problem[]; conflicts?: ConflictData[]; version?: string }>('incidents', {
      id: final.id,
      json: final,
      base: version,
      wordingOnly,
    });
    if (a.status === 200) {
      setJson(final);
      setCorrection({ en: '', es: '' });
      setVersion(a.body.version ?? null);
      setMessage({ ok: true, text: `${text.incident.saved}: ${fileName}` });
      onSaved(String(final.id));
    } else {
      if (a.body.problems) setProblems(a.body.problems);
      if (a.body.conflicts) setConflicts(a.body.conflicts);
      setMessage({ ok: false, text: a.body.error ?? `error ${a.status}` });
    }
  }

  const custom = (widget: 'excerpts' | 'place' | 'related' | 'corrections') => {
    if (widget === 'excerpts')
      return <ExcerptPicker sources={state.sources} incident={json} onChange={change} custom={custom} />;
    if (widget === 'place') return <PlacePicker incident={json} tiles={tiles} onChange={setJson} />;
    if (widget === 'related')
      return (
        <RelatedPicker
          self={String(json.id)}
          incidents={state.incidents}
          incident={json}
          onChange={change}
          custom={custom}
        />
      );
    return null;
  };

  return (
    <ProblemsContext value={here}>
      <div className={styles.shell}>
        <form onSubmit={(e) => (e.preventDefault(), save())} aria-label="Incident">
          <section className={styles.section}>
            <h2>{published ? `Incident ${String(json.id)}` : text.incident.new}</h2>
            {published ? (
              <IdsPanel id={String(json.id)} version={version} incidents={state.incidents} onDone={() => onSaved('')} />
            ) : (
              <label className={styles.field}>
                <span>Id (permanent: lowercase words and hyphens, usually place and date)</span>
                <input type="text" value={String(json.id ?? '')} onChange={(e) => change('id', e.target.value)} />
                <FieldProblems path="id" />
              </label>
            )}
          </section>
          {SECTIONS.map((s) => (
            <section key={s.title} className={styles.section}>
              <h2>{s.title}</h2>
              {s.fields.map((f, i) => (
                <FieldView
                  key={i}
                  field={f}
                  value={json}
                  base=""
                  onChange={change}
                  custom={custom}
                  suggestions={{ sources: cited, links }}
                />
              ))}
            </section>
          ))}
          <section className={styles.section}>
            {published && (
              <>
                <fieldset className={styles.field}>
                  <legend>{text.incident.correction}</legend>
                  <div className={styles.bilingual}>
                    <label className={styles.field}>
                      <span>{text.incident.correctionEn}</span>
                      <textarea
                        lang="en"
                        value={correction.en}
                        onChange={(e) => setCorrection((c) => ({ ...c, en: e.target.value }))}
                      />
                    </label>
                    <label className={styles.field}>
                      <span>{text.incident.correctionEs}</span>
                      <textarea
                        lang="es"
                        value={correction.es}
                        onChange={(e) => setCorrection((c) => ({ ...c, es: e.target.value }))}
                      />
                    </label>
                  </div>
                </fieldset>
                <label className={styles.check}>
                  <input type="checkbox" checked={wordingOnly} onChange={(e) => setWordingOnly(e.target.checked)} />{' '}
                  {text.incident.wordingOnly}
                </label>
                <FieldProblems path="properties.corrections" />
                {/* The new entry's problems (its Spanish, say); the entries already written show theirs in the form. */}
                <FieldProblems
                  path={`properties.corrections.${((getAt(json, 'properties.corrections') as unknown[] | undefined) ?? []).length}`}
                  under
                />
              </>
            )}
            <p className={problems?.length ? styles.statusBad : styles.status} role="status" data-testid="check-status">
              {problems === undefined
                ? text.incident.checking
                : problems.length === 0
                  ? text.incident.ok
                  : text.incident.problems(problems.length)}
            </p>
            {elsewhere.length > 0 && (
              <ul className={styles.problems}>
                {elsewhere.map((p, i) => (
                  <li key={i}>
                    {p.file} {p.field}: {p.message}
                  </li>
                ))}
              </ul>
            )}
            <ul className={styles.problems} aria-label="Every problem">
              {here.map((p, i) => (
                <li key={i}>
                  <code>{p.field ?? p.file}</code>: {p.message}
                </li>
              ))}
            </ul>
            <button type="submit" disabled={!problems || problems.length > 0}>
              {text.incident.save}
            </button>
            {message && (
              <p className={message.ok ? styles.status : styles.statusBad} role="alert">
                {message.text}
              </p>
            )}
            <Conflicts conflicts={conflicts} />
          </section>
        </form>
        <aside className={styles.preview} aria-label={text.preview.heading}>
          <h2>{text.preview.heading}</h2>
          <Preview feature={preview} titles={titles} />
        </aside>
      </div>
    </ProblemsContext>
  );
}
