'use client';
/** Renaming, merging or retracting a published incident: the old link keeps answering (redirects.json, retracted.json). */
import { useState } from 'react';
import { postJson } from './api';
import type { ConflictData } from './Conflict';
import { Conflicts } from './Conflict';
import { text } from './text';
import styles from './editor.module.css';

export function IdsPanel({
  id,
  version,
  incidents,
  onDone,
}: {
  id: string;
  version: string | null;
  incidents: { id: string; title: string }[];
  onDone: () => void;
}) {
  const [action, setAction] = useState<'rename' | 'merge' | 'retract'>('rename');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState({ en: '', es: '' });
  const [message, setMessage] = useState('');
  const [conflicts, setConflicts] = useState<ConflictData[]>([]);
  async function apply() {
    const a = await postJson<{
      problems?: { field?: string; file: string; message: string }[];
      conflicts?: ConflictData[];
    }>('ids', { action, id, to: action === 'retract' ? undefined : to, reason, base: version });
    if (a.status === 200) return onDone();
    setConflicts(a.body.conflicts ?? []);
    setMessage(
      [a.body.error, ...(a.body.problems ?? []).map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`)]
        .filter(Boolean)
        .join('\n'),
    );
  }
  return (
    <details>
      <summary>{text.ids.heading}</summary>
      <label className={styles.field}>
        <span>Action</span>
        <select value={action} onChange={(e) => setAction(e.target.value as typeof action)}>
          <option value="rename">{text.ids.rename}</option>
          <option value="merge">{text.ids.merge}</option>
          <option value="retract">{text.ids.retract}</option>
        </select>
      </label>
      {action !== 'retract' && (
        <label className={styles.field}>
          <span>{action === 'rename' ? text.ids.rename : text.ids.merge}</span>
          <input type="text" list="ids-targets" value={to} onChange={(e) => setTo(e.target.value)} />
          <datalist id="ids-targets">
            {incidents
              .filter((i) => i.id !== id)
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
          </datalist>
        </label>
      )}
      <div className={styles.bilingual}>
        <label className={styles.field}>
          <span>{text.ids.reasonEn}</span>
          <input
            type="text"
            lang="en"
            value={reason.en}
            onChange={(e) => setReason((r) => ({ ...r, en: e.target.value }))}
          />
        </label>
        <label className={styles.field}>
          <span>{text.ids.reasonEs}</span>
          <input
            type="text"
            lang="es"
            value={reason.es}
            onChange={(e) => setReason((r) => ({ ...r, es: e.target.value }))}
          />
        </label>
      </div>
      <button type="button" onClick={apply}>
        {text.ids.apply}
      </button>
      {message && <pre className={styles.problems}>{message}</pre>}
      <Conflicts conflicts={conflicts} />
    </details>
  );
}
