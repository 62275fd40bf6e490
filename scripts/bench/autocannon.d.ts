/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  export interface AutocannonResult {
    requests: { average: number; total: number };
    latency: { p50: number; p90: number; p99: number; average: number; max: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Counts by status class, e.g. `'2xx'`. */
    statusCodeStats?: Record<string, { count: number }>;
  }
  export default function autocannon(options: {
    url: string;
    duration: number;
    connections: number;
    pipelining?: number;
    headers?: Record<string, string>;
    /** Seconds before a request counts as timed out (default 10). */
    timeout?: number;
  }): Promise<AutocannonResult>;
}
