import type { Diagnostic, Severity } from "./diagnostic.js";
import { byCodePoint } from "../text/order.js";

export interface Place {
  line?: number | null;
  page?: number | null;
}

/**
 * Collects document problems. Stages report and carry on; the runner turns the worst severity into
 * the document status. Rule severities can be overridden per pipeline (pipelines/*.json).
 */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    private stage = "pipeline",
    private readonly overrides: Readonly<Record<string, Severity | "off">> = {},
  ) {}

  forStage(stage: string): Reporter {
    const child = new Reporter(stage, this.overrides);
    // Share one list so the order of diagnostics follows the order of the run.
    (child as { diagnostics: Diagnostic[] }).diagnostics = this.diagnostics;
    return child;
  }

  error(ruleId: string, reason: string, place: Place = {}): void {
    this.add("error", ruleId, reason, place);
  }
  warn(ruleId: string, reason: string, place: Place = {}): void {
    this.add("warning", ruleId, reason, place);
  }
  info(ruleId: string, reason: string, place: Place = {}): void {
    this.add("info", ruleId, reason, place);
  }

  private add(severity: Severity, ruleId: string, reason: string, place: Place): void {
    const override = this.overrides[ruleId];
    if (override === "off") return;
    const d: Diagnostic = {
      severity: override ?? severity,
      ruleId,
      reason,
      line: place.line ?? null,
      stage: this.stage,
    };
    if (place.page != null) d.page = place.page;
    this.diagnostics.push(d);
  }
}

/** Diagnostics sorted by source position, then rule id: deterministic output. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
      byCodePoint(a.ruleId, b.ruleId) ||
      byCodePoint(a.reason, b.reason),
  );
}
