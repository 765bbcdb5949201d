import { describe, expect, it } from "vitest";
import { topLevelLabels } from "../../scripts/corpus-score.mjs";

// The accuracy test's own rules: how the top-level labels of a converted document are read.
const node = (type: string, label: string | null, children: unknown[] = []) => ({ type, label, children });
const documentOf = (...children: unknown[]) => ({ body: node("document", null, children), metadata: {} });

describe("top-level labels scored against the hand-checked answers", () => {
  it("reads the body's numbered nodes, not what is under them", () => {
    const d = documentOf(
      node("preamble", null),
      node("article", "Điều 1.", [node("clause", "1.")]),
      node("article", "Điều 2."),
    );
    expect(topLevelLabels(d as never)).toEqual(["điều 1", "điều 2"]);
  });
  it("reads the divisions of a file that is one appendix and nothing else (a Phụ lục published alone)", () => {
    const d = documentOf(node("appendix", "Phụ lục I", [node("part", "Phần I"), node("part", "Phần II")]));
    expect(topLevelLabels(d as never)).toEqual(["phần i", "phần ii"]);
  });
  it("does not descend into an appendix that follows a body", () => {
    const d = documentOf(node("article", "Điều 1."), node("appendix", "Phụ lục", [node("item", "1.")]));
    expect(topLevelLabels(d as never)).toEqual(["điều 1"]);
  });
});
