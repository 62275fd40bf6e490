'use client';
/** A save refused because the file changed on disk: both versions side by side, nothing written. */
import { text } from './text';
import styles from './editor.module.css';

export interface ConflictData {
  name: string;
  mine: string | null;
  theirs: string | null;
}

export function Conflicts({ conflicts }: { conflicts: ConflictData[] }) {
  if (conflicts.length === 0) return null;
  return (
    <section className={styles.conflict} role="alert">
      <h3>{text.conflict.heading}</h3>
      {conflicts.map((c) => (
        <div key={c.name}>
          <h4>{c.name}</h4>
          <div className={styles.bilingual}>
            <figure>
              <figcaption>{text.conflict.mine}</figcaption>
              <pre>{c.mine ?? '(deleted)'}</pre>
            </figure>
            <figure>
              <figcaption>{text.conflict.theirs}</figcaption>
              <pre>{c.theirs ?? '(no file)'}</pre>
            </figure>
          </div>
        </div>
      ))}
    </section>
  );
}
