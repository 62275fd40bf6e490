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

export function InputBox({
  input,
  label,
  path,
  value,
  onChange,
  lang,
  list,
}: {
  input: Input;
  label: string;
  path: string;
  value: unknown;
  onChange: FieldProps['onChange'];
  lang?: string;
  list?: string;
}) {
  const shown = value === undefined || value === null ? '' : String(value);
  const set = (raw: string) => onChange(path, raw === '' ? undefined : input === 'number' ? Number(raw) : raw);
  return (
    <label className={styles.field} data-path={path}>
      <span>{label}</span>
      {input === 'textarea' ? (
        <textarea value={shown} lang={lang} rows={3} onChange={(e) => set(e.target.value)} />
      ) : (
        <input
          type={input === 'number' ? 'number' : input === 'date' ? 'date' : 'text'}
          value={shown}
          lang={lang}
          list={list}
          onChange={(e) => set(e.target.value)}
        />
      )}
      <FieldProblems path={path} />
    </label>
  );
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `X` when the two paths are `X.en` and `X.es` (our words as one object), else undefined (the title and summary, whose Spanish is under `es`). */
function parentOf(en: string, es: string): string | undefined {
  const parent = en.endsWith('.en') ? en.slice(0, -3) : undefined;
  return parent !== undefined && es === `${parent}.es` ? parent : undefined;
}

/**
 * English and Spanish side by side. A field still written as a plain string
 * (read as its English, as the check reads it) becomes `{ "en", "es" }` on the
 * first edit; an optional field emptied in both languages goes.
 */
function BilingualBoxes({
  field,
  value,
  en,
  es,
  onChange,
}: {
  field: Extract<Field, { kind: 'bilingual' }>;
  value: unknown;
  en: string;
  es: string;
  onChange: FieldProps['onChange'];
}) {
  const parent = parentOf(en, es);
  const whole = parent === undefined ? undefined : getAt(value, parent);
  const shown = (lang: 'en' | 'es', path: string) =>
    typeof whole === 'string' ? (lang === 'en' ? whole : undefined) : getAt(value, path);
  const set = (lang: 'en' | 'es', path: string) => (_: string, next: unknown) => {
    if (parent === undefined) return onChange(path, next);
    const obj: Obj = typeof whole === 'string' ? { en: whole } : isObject(whole) ? { ...whole } : {};
    if (next === undefined) delete obj[lang];
    else obj[lang] = next;
    onChange(parent, field.optional && Object.keys(obj).length === 0 ? undefined : obj);
  };
  return (
    <div className={styles.bilingualField}>
      <div className={styles.bilingual}>
        <InputBox
          input={field.input}
          label={`${field.label} (English)`}
          path={en}
          value={shown('en', en)}
          onChange={set('en', en)}
          lang="en"
        />
        <InputBox
          input={field.input}
          label={`${field.label} (Spanish)`}
          path={es}
          value={shown('es', es)}
          onChange={set('es', es)}
          lang="es"
        />
      </div>
      {parent !== undefined && <FieldProblems path={parent} />}
    </div>
  );
}

/** A proper name (or a date, a number) the same in both editions, written as a string; with its Spanish given, our words as `{ "en", "es" }`. */
function NameBoxes({
  field,
  path,
  value,
  onChange,
}: {
  field: Extract<Field, { kind: 'name' }>;
  path: string;
  value: unknown;
  onChange: FieldProps['onChange'];
}) {
  const whole = getAt(value, path);
  const en = typeof whole === 'string' ? whole : isObject(whole) ? whole.en : undefined;
  const es = isObject(whole) ? whole.es : undefined;
  const write = (nextEn: unknown, nextEs: unknown) => {
    if (nextEs === undefined) return onChange(path, nextEn);
    onChange(path, nextEn === undefined ? { es: nextEs } : { en: nextEn, es: nextEs });
  };
  const plain = field.plain === 'name' ? 'a proper name' : 'a date or a number';
  return (
    <div className={styles.bilingualField}>
      <div className={styles.bilingual}>
        <InputBox
          input={field.input}
          label={`${field.label} (English)`}
          path={`${path}.en`}
          value={en}
          onChange={(_, v) => write(v, es)}
          lang="en"
        />
        <InputBox
          input={field.input}
          label={`${field.label} (Spanish; empty for ${plain}, the same in both)`}
          path={`${path}.es`}
          value={es}
          onChange={(_, v) => write(en, v)}
          lang="es"
        />
      </div>
      <FieldProblems path={path} />
    </div>
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
          <InputBox
            input={field.input}
            label={field.label}
            path={path}
            value={getAt(value, path)}
            onChange={onChange}
            lang={field.lang}
            list={options ? listId : undefined}
          />
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
        <BilingualBoxes
          field={field}
          value={value}
          en={join(base, field.en)}
          es={join(base, field.es)}
          onChange={onChange}
        />
      );
    case 'name':
      return <NameBoxes field={field} path={join(base, field.path)} value={value} onChange={onChange} />;
    case 'select': {
      const path = join(base, field.path);
      return (
        <label className={styles.field} data-path={path}>
          <span>{field.label}</span>
          <select
            value={String(getAt(value, path) ?? '')}
            onChange={(e) => onChange(path, e.target.value || undefined)}
          >
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
                onChange={(e) =>
                  onChange(
                    path,
                    e.target.checked
                      ? field.options.filter((x) => x === o || chosen.includes(x))
                      : chosen.filter((x) => x !== o),
                  )
                }
              />
              {o}
            </label>
          ))}
          <FieldProblems path={path} under />
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
              <button
                type="button"
                onClick={() =>
                  onChange(
                    path,
                    items.filter((_, j) => j !== i),
                  )
                }
              >
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
