'use client';
/**
 * Tells the page that frames this one how tall its content is, whenever
 * that changes: `{ type: 'incident-map:height', height }` by postMessage to
 * the parent (public/embed.js on the host resizes the iframe). A host that
 * loads its script after the frame asks with `{ type: 'incident-map:measure' }`
 * and gets the height again. Nothing happens when the page is not framed.
 */
import { useEffect, useRef } from 'react';

export const HEIGHT_MESSAGE = 'incident-map:height';
export const MEASURE_MESSAGE = 'incident-map:measure';

export function HeightReporter({ className, children }: { className?: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(function reportHeight() {
    const el = box.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const post = (force = false) => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last && !force) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(() => post());
    observer.observe(el);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && event.data?.type === MEASURE_MESSAGE) post(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, []);

  return (
    <div ref={box} className={className} data-embed-content="">
      {children}
    </div>
  );
}
