'use client';
/** The editor's page: sources on one tab, incidents on the other, over the lists the server reads from the data directory. */
import { useCallback, useEffect, useState } from 'react';
import type { MapConfig } from '@/lib/shared/types';
import { getJson } from './api';
import { emptyIncident } from './fields';
import { IncidentEditor, type Opened } from './IncidentEditor';
import { SourceEditor } from './SourceEditor';
import { text } from './text';
import styles from './editor.module.css';

export interface EditorState {
  dataDir: string;
  today: string;
  incidents: { id: string; title: string; titleEs: string; date: string; place: string }[];
  /** `language`: the source's, ISO 639-1; an excerpt needs our translation into every other edition's. */
  sources: { id: string; title: string; publisher: string; published: string; language: string }[];
}

export function Editor({ tiles }: { tiles: MapConfig }) {
  const [state, setState] = useState<EditorState | undefined>();
  const [tab, setTab] = useState<'sources' | 'incidents'>('sources');
  const [opened, setOpened] = useState<Opened & { key: number }>();
  const [error, setError] = useState('');

  const reload = useCallback(async () => {
    const a = await getJson<EditorState>('state');
    if (a.status === 200) setState(a.body);
    else setError(a.body.error ?? `error ${a.status}`);
  }, []);
  useEffect(() => {
    reload();
  }, [reload]);

  async function open(id: string) {
    if (!state) return;
    if (!id) return setOpened({ json: emptyIncident(state.today), version: null, key: Date.now() });
    const a = await getJson<{ json: Record<string, unknown>; version: string }>(`incidents/${encodeURIComponent(id)}`);
    if (a.status === 200) setOpened({ json: a.body.json, version: a.body.version, key: Date.now() });
    else setError(a.body.error ?? `error ${a.status}`);
  }

  if (!state) return <p>{error || text.loading}</p>;
  return (
    <>
      <header className={styles.header}>
        <h1>{text.title}</h1>
        <span>
          {text.dataDir} <code>{state.dataDir}</code>
        </span>
        <nav className={styles.tabs} aria-label="Editor">
          {(['sources', 'incidents'] as const).map((t) => (
            <button key={t} type="button" aria-pressed={tab === t} onClick={() => setTab(t)}>
              {text.tabs[t]}
            </button>
          ))}
        </nav>
        {error && <p role="alert">{error}</p>}
      </header>
      {tab === 'sources' ? (
        <SourceEditor state={state} onSaved={() => reload()} />
      ) : (
        <>
          <div className={styles.header}>
            <button type="button" onClick={() => open('')}>
              {text.incident.new}
            </button>
            <label>
              {text.incident.pick}{' '}
              <select value="" onChange={(e) => open(e.target.value)}>
                <option value="">—</option>
                {state.incidents.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.date} · {i.title}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {opened && (
            <IncidentEditor
              key={opened.key}
              opened={opened}
              state={state}
              tiles={tiles}
              onSaved={(id) => {
                reload();
                if (!id) setOpened(undefined);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
