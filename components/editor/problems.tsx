'use client';
/** The data check's problems, shown next to the field they name. */
import { createContext, useContext } from 'react';
import type { Problem } from '@/lib/shared/problem';
import styles from './editor.module.css';

export const ProblemsContext = createContext<Problem[]>([]);

/** Problems whose field is `path` (or lies under it, with `under`). */
export function FieldProblems({ path, under = false }: { path: string; under?: boolean }) {
  const all = useContext(ProblemsContext);
  const mine = all.filter((p) => p.field === path || (under && p.field?.startsWith(path + '.')));
  if (mine.length === 0) return null;
  return (
    <ul className={styles.problems} role="alert">
      {mine.map((p, i) => (
        <li key={i}>
          {under && p.field !== path && <code>{p.field}: </code>}
          {p.message}
        </li>
      ))}
    </ul>
  );
}
