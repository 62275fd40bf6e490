'use client';
/**
 * Every incident in view as a list of buttons, newest first: the way to
 * reach each one by keyboard or screen reader. Choosing one opens it. A long
 * list (up to the 2,000 incidents one answer of the API may hold) is
 * virtualized (VirtualList.tsx, loaded only then).
 */
import dynamic from 'next/dynamic';
import type { ApiFeature } from '@/lib/shared/types';
import { Row } from './IncidentRow';

export interface IncidentListProps {
  features: ApiFeature[];
  selectedId?: string;
  onChoose: (id: string) => void;
}

/** Up to this many rows are all rendered (and server-rendered): virtualizing a short list buys nothing. */
export const VIRTUALIZE_ABOVE = 100;

const VirtualList = dynamic(() => import('./VirtualList'), { ssr: false });

export function IncidentList(props: IncidentListProps) {
  return props.features.length > VIRTUALIZE_ABOVE ? <VirtualList {...props} /> : <ShortList {...props} />;
}

function ShortList({ features, selectedId, onChoose }: IncidentListProps) {
  return (
    <ul className="incident-list">
      {features.map((f) => (
        <li key={f.id}>
          <Row feature={f} selected={f.id === selectedId} onChoose={onChoose} />
        </li>
      ))}
    </ul>
  );
}
