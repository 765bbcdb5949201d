import { DEFAULT_READ_LIMITS, type ReadLimits } from "../stages/read/reader.js";

/**
 * What one document may cost before it is ended `failed` with the reason; each has a CLI flag. The
 * readers enforce their own (pages, inflated size, nesting, line length); the batch runner the rest.
 */
export interface Limits extends ReadLimits {
  /** Wall time per document, OCR included (--timeout, seconds on the command line). */
  timeoutMs: number;
  /** Input file size (--max-size, MB). */
  maxInputBytes: number;
  /** Heap of the worker converting one document (--max-memory, MB); past it the worker is ended. */
  maxMemoryMb: number;
}

/** Room for every real document of the corpus (its slowest OCR'd scan takes about a minute). */
export const DEFAULT_LIMITS: Limits = {
  ...DEFAULT_READ_LIMITS,
  timeoutMs: 300_000,
  maxInputBytes: 50 * 1024 * 1024,
  maxMemoryMb: 2048,
};

export function readLimitsOf(l: Limits): ReadLimits {
  return {
    maxPages: l.maxPages,
    maxInflatedBytes: l.maxInflatedBytes,
    maxDepth: l.maxDepth,
    maxLineLength: l.maxLineLength,
  };
}
