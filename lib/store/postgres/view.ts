/** GET /api/incidents?bbox&zoom from the database: built on the map's tile grid once it lands (lib/tiles). */
import type pg from 'pg';
import type { Filters } from '../../filters';
import type { Bytes } from '../types';

export async function viewJsonOf(_pool: pg.Pool, _version: number, _filters: Filters): Promise<Bytes> {
  throw new Error('views are not served from the database yet');
}
