'use client';
/**
 * A button that copies `text` and says so in a polite live region. Hidden
 * until JavaScript runs: without it the text beside it stays selectable.
 */
import { useEffect, useRef, useState } from 'react';

export interface CopyButtonProps {
  text: string;
  /** The button's label, e.g. "Copy plain citation". */
  label: string;
  /** Announced after copying, e.g. "Copied". */
  copied: string;
  /** Announced when the browser refuses, e.g. "Select the text and copy it". */
  failed: string;
}

/** Copies through a hidden textarea where the Clipboard API is missing (plain http). */
function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(function showWhenInteractive() {
    setReady(true);
    return () => clearTimeout(timer.current);
  }, []);

  async function copy() {
    let ok: boolean;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = legacyCopy(text);
    }
    setStatus(ok ? copied : failed);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 4000);
  }

  return (
    <span className="copy">
      <button type="button" onClick={copy} hidden={!ready}>
        {label}
      </button>{' '}
      <span role="status" aria-live="polite" className="copy-status">
        {status}
      </span>
    </span>
  );
}
