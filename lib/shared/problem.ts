/** One thing wrong with the dataset, located precisely enough to fix it. */
export interface Problem {
  /** Path of the file, relative to the data directory's parent (e.g. "data/incidents/x.json"). */
  file: string;
  /** The incident's or source's id, where known. */
  id?: string;
  /** The field, as a dotted path (e.g. "properties.sources.0.excerpts.1"). */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.id && `"${p.id}"`, p.field && `field ${p.field}`].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

/** Thrown when the dataset fails its check: nothing is served from invalid data. */
export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}
