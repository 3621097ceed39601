// The part of autocannon 9's programmatic API the load bench uses (it ships no types).
declare module "autocannon" {
  type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  };

  export type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  };

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests to send in all; the run ends when every one is answered (duration is ignored). */
    amount?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    requests?: Request[];
    /** Return the raw result (encoded histograms) for `aggregateResult` to combine. */
    skipAggregateResult?: boolean;
  };

  export type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  /** One run's figures before aggregation (`skipAggregateResult`). */
  export type RawResult = {
    totalRequests: number;
    totalCompletedRequests: number;
    totalBytes: number;
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  };

  function autocannon(options: Options & { skipAggregateResult: true }): Promise<RawResult>;
  function autocannon(
    options: Options & { skipAggregateResult: true },
    done: (error: Error | null, result: RawResult) => void,
  ): import("node:events").EventEmitter;
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;

  /** Several raw results as one (latency percentiles over all their requests). */
  export function aggregateResult(
    results: RawResult[],
    options: { url: string; connections?: number },
  ): Result;
}
