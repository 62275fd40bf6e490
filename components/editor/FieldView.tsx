'use client';
/** Draws one field of the form description (fields.ts) and writes its changes back at its path. */
import { useId } from 'react';
import type { Field, Input } from './fields';
import { getAt } from './paths';
import { FieldProblems } from './problems';
import { text } from './text';
import styles from './editor.module.css';

export interface FieldProps {
  field: Field;
  /** The whole incident, and the prefix of paths inside a list item. */
  value: unknown;
  base: string;
  onChange: (path: string, next: unknown) => void;
  /** Widgets that are not plain inputs (excerpts, place, related). */
  custom: (widget: Extract<Field, { kind: 'custom' }>['widget']) => React.ReactNode;
  suggestions: { sources: string[]; links: string[] };
}

function join(base: string, path: string): string {
  return base ? `${base}.${path}` : path;
}

export function InputBox({ input, label, path, value, onChange, lang, list }: { input: Input; label: string; path: string; value: unknown; onChange: FieldProps['onChange']; lang?: string; list?: string }) {
  const shown = value === undefined || value === null ? '' : String(value);
  const set = (raw: string) => onChange(path, raw === '' ? undefined : input === 'number' ? Number(raw) : raw);
  return (
    <label className={styles.field} data-path={path}>
      <span>{label}</span>
      {input === 'textarea' ? (
        <textarea value={shown} lang={lang} rows={3} onChange={(e) => set(e.target.value)} />
      ) : (
        <input type={input === 'number' ? 'number' : input === 'date' ? 'date' : 'text'} value={shown} lang={lang} list={list} onChange={(e) => set(e.target.value)} />
      )}
      <FieldProblems path={path} />
    </label>
  );
}

export function FieldView(props: FieldProps) {
  const { field, value, base, onChange } = props;
  const listId = useId();
  switch (field.kind) {
    case 'custom':
      return <>{props.custom(field.widget)}</>;
    case 'input': {
      const path = join(base, field.path);
      const options = field.suggest ? props.suggestions[field.suggest] : undefined;
      return (
        <>
          <InputBox input={field.input} label={field.label} path={path} value={getAt(value, path)} onChange={onChange} list={options ? listId : undefined} />
          {options && (
            <datalist id={listId}>
              {options.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          )}
        </>
      );
    }
    case 'bilingual':
      return (
        <div className={styles.bilingual}>
          <InputBox input={field.input} label={`${field.label} (English)`} path={field.en} value={getAt(value, field.en)} onChange={onChange} lang="en" />
          <InputBox input={field.input} label={`${field.label} (Spanish)`} path={field.es} value={getAt(value, field.es)} onChange={onChange} lang="es" />
        </div>
      );
    case 'select': {
      const path = join(base, field.path);
      return (
        <label className={styles.field} data-path={path}>
          <span>{field.label}</span>
          <select value={String(getAt(value, path) ?? '')} onChange={(e) => onChange(path, e.target.value || undefined)}>
            {field.optional && <option value="">—</option>}
            {field.options.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
          <FieldProblems path={path} />
        </label>
      );
    }
    case 'multi': {
      const path = join(base, field.path);
      const chosen = (getAt(value, path) as string[] | undefined) ?? [];
      return (
        <fieldset className={styles.field} data-path={path}>
          <legend>{field.label}</legend>
          {field.options.map((o) => (
            <label key={o} className={styles.check}>
              <input
                type="checkbox"
                checked={chosen.includes(o)}
                onChange={(e) => onChange(path, e.target.checked ? field.options.filter((x) => x === o || chosen.includes(x)) : chosen.filter((x) => x !== o))}
              />
              {o}
            </label>
          ))}
          <FieldProblems path={path} under />
        </fieldset>
      );
    }
    case 'strings': {
      const path = join(base, field.path);
      const items = (getAt(value, path) as string[] | undefined) ?? [];
      return (
        <fieldset className={styles.field} data-path={path}>
          <legend>{field.label}</legend>
          {items.map((s, i) => (
            <div key={i} className={styles.item}>
              <InputBox input="textarea" label={`${field.label} ${i + 1}`} path={`${path}.${i}`} value={s} onChange={(p, v) => onChange(p, v ?? '')} />
              <button type="button" onClick={() => onChange(path, items.filter((_, j) => j !== i))}>
                {text.list.remove}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => onChange(path, [...items, ''])}>
            {text.list.add}
          </button>
          <FieldProblems path={path} />
        </fieldset>
      );
    }
    case 'list': {
      const path = join(base, field.path);
      const items = (getAt(value, path) as unknown[] | undefined) ?? [];
      return (
        <fieldset className={styles.field} data-path={path}>
          <legend>{field.label}</legend>
          {items.map((_, i) => (
            <div key={i} className={styles.item}>
              {field.item.map((f, j) => (
                <FieldView key={j} {...props} field={f} base={`${path}.${i}`} />
              ))}
              <FieldProblems path={`${path}.${i}`} />
              <button type="button" onClick={() => onChange(path, items.filter((_, j) => j !== i))}>
                {text.list.remove}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => onChange(path, [...items, field.empty()])}>
            {text.list.add}
          </button>
          <FieldProblems path={path} />
        </fieldset>
      );
    }
  }
}
