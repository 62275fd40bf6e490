/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  export interface AutocannonResult {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; average: number };
    errors: number;
    non2xx: number;
  }
  export default function autocannon(options: {
    url: string;
    duration: number;
    connections: number;
    pipelining?: number;
    headers?: Record<string, string>;
  }): Promise<AutocannonResult>;
}
