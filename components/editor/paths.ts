/** Reading and immutably writing a value at a dotted path ("properties.place.counties.0.fips"). */

type Obj = Record<string, unknown>;

export function getAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Obj)[k] : undefined), value);
}

/** A copy of `value` with `path` set; undefined removes the key, so optional fields disappear when emptied. */
export function setAt<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.');
  const here = (value ?? (/^\d+$/.test(head) ? [] : {})) as Obj | unknown[];
  const child = rest.length ? setAt((here as Obj)[head], rest.join('.'), next) : next;
  if (Array.isArray(here)) {
    const copy = [...here];
    copy[Number(head)] = child;
    return copy as T;
  }
  const copy: Obj = { ...here };
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy as T;
}
