'use client';
import { useEffect, useState } from 'react';

/** `value`, once it has stayed the same for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settle() {
      const timer = setTimeout(() => setSettled(value), ms);
      return () => clearTimeout(timer);
    },
    [value, ms],
  );
  return settled;
}
