'use client';
/**
 * Excerpts are chosen, never typed: the maintainer selects a passage of a
 * source's archived text and the passage is cut from that text by its
 * offsets, widened to whole words. So an excerpt is verbatim by construction.
 * Beside each quote, our translation of it into every edition's language
 * that is not the source's (text, translator, reviewer): typed, and labelled
 * as ours, never as the quote.
 */
import { useEffect, useRef, useState } from 'react';
import { LOCALES } from '@/lib/shared/i18n/translate';
import { getJson } from './api';
import { FieldView, type FieldProps } from './FieldView';
import { LANGUAGE_NAMES, TRANSLATION_FIELDS } from './fields';
import { getAt } from './paths';
import { FieldProblems } from './problems';
import { text } from './text';
import styles from './editor.module.css';

type Translation = { text?: string; translator?: unknown; reviewer?: unknown };
type Excerpt = { text: string; translations: Partial<Record<string, Translation>> };
/** As in the file: an excerpt still written as a plain string is one without translations. */
type Ref = { source: string; excerpts: (Excerpt | string)[] };
type SourceItem = { id: string; title: string; publisher: string; language: string };

function excerptOf(e: Excerpt | string): Excerpt {
  return typeof e === 'string' ? { text: e, translations: {} } : { ...e, translations: e.translations ?? {} };
}

/** The editions whose readers need our translation of a quote from a source in `language`. */
export function translationLanguages(language: string | undefined): string[] {
  return language ? LOCALES.filter((l) => l !== language) : [];
}
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

export function ExcerptPicker({
  sources,
  incident,
  onChange,
  custom,
}: {
  sources: SourceItem[];
  incident: unknown;
  onChange: FieldProps['onChange'];
  custom: FieldProps['custom'];
}) {
  const refs = ((getAt(incident, 'properties.sources') as Ref[] | undefined) ?? []).map((r) => ({
    ...r,
    excerpts: (r.excerpts ?? []).map(excerptOf),
  }));
  const [sourceId, setSourceId] = useState(refs[0]?.source ?? sources[0]?.id ?? '');
  const [body, setBody] = useState('');
  const [hint, setHint] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const languageOf = (id: string) => sources.find((s) => s.id === id)?.language;
  const set = (next: typeof refs) => onChange('properties.sources', next);

  useEffect(() => {
    if (!sourceId) return;
    let live = true;
    getJson<{ text: string }>(`sources/${encodeURIComponent(sourceId)}`).then(
      (a) => live && setBody(a.body.text ?? ''),
    );
    return () => {
      live = false;
    };
  }, [sourceId]);

  /** A new excerpt's translations: empty, with the translator of this incident's last translation into that language. */
  function newTranslations(): Excerpt['translations'] {
    const out: Excerpt['translations'] = {};
    for (const lang of translationLanguages(languageOf(sourceId))) {
      const translator = refs
        .flatMap((r) => r.excerpts.map((e) => e.translations[lang]?.translator))
        .filter((t) => t !== undefined)
        .pop();
      out[lang] = translator === undefined ? {} : { translator };
    }
    return out;
  }

  function add() {
    const span = box.current && selectedSpan(box.current, body);
    if (!span) return setHint(text.excerpts.noSelection);
    setHint('');
    const excerpt = body.slice(span[0], span[1]);
    const at = refs.findIndex((r) => r.source === sourceId);
    const added = { text: excerpt, translations: newTranslations() };
    if (at < 0) set([...refs, { source: sourceId, excerpts: [added] }]);
    else if (!refs[at].excerpts.some((e) => e.text === excerpt))
      set(refs.map((r, i) => (i === at ? { ...r, excerpts: [...r.excerpts, added] } : r)));
    window.getSelection()?.removeAllRanges();
  }

  function remove(i: number, j: number) {
    const excerpts = refs[i].excerpts.filter((_, k) => k !== j);
    set(excerpts.length ? refs.map((r, k) => (k === i ? { ...r, excerpts } : r)) : refs.filter((_, k) => k !== i));
  }

  return (
    <section className={styles.widget} data-path="properties.sources">
      <h3>{text.excerpts.heading}</h3>
      <p className={styles.help}>{text.excerpts.help}</p>
      {refs.map((r, i) => {
        const language = languageOf(r.source);
        return (
          <div key={r.source} className={styles.item}>
            <strong>{r.source}</strong>
            <FieldProblems path={`properties.sources.${i}.source`} />
            <ol>
              {r.excerpts.map((e, j) => {
                const path = `properties.sources.${i}.excerpts.${j}`;
                return (
                  <li key={j} data-excerpt>
                    <div className={styles.excerpt}>
                      <div>
                        <span className={styles.help}>
                          {text.excerpts.quote(LANGUAGE_NAMES[language ?? ''] ?? language ?? '')}
                        </span>
                        <blockquote className={styles.quote} lang={language}>
                          {e.text}
                        </blockquote>
                        <button type="button" onClick={() => remove(i, j)}>
                          {text.excerpts.remove}
                        </button>
                      </div>
                      <div>
                        {translationLanguages(language).map((lang) => (
                          <fieldset key={lang} className={styles.translation} data-translation={lang}>
                            <legend>{text.excerpts.translation(LANGUAGE_NAMES[lang] ?? lang)}</legend>
                            {TRANSLATION_FIELDS(lang).map((f, k) => (
                              <FieldView
                                key={k}
                                field={f}
                                value={incident}
                                base={`${path}.translations.${lang}`}
                                onChange={onChange}
                                custom={custom}
                                suggestions={{ sources: [], links: [] }}
                              />
                            ))}
                            <FieldProblems path={`${path}.translations.${lang}`} />
                          </fieldset>
                        ))}
                      </div>
                    </div>
                    <FieldProblems path={path} />
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
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
      <div
        ref={box}
        className={styles.archive}
        data-testid="archived-text"
        tabIndex={0}
        aria-label="Archived text"
        lang={languageOf(sourceId)}
      >
        {body}
      </div>
      <button type="button" onClick={add}>
        {text.excerpts.add}
      </button>
      {hint && <p role="status">{hint}</p>}
    </section>
  );
}
