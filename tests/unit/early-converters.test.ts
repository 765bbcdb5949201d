import { describe, expect, it } from "vitest";
import { startsConverters } from "../../src/cli/early-converters.js";

// Two cores, as here; "a.pdf" and "a.txt" are files, "folder" is not.
const starts = (...args: string[]) => startsConverters(args, 2, (p) => /\.\w+$/.test(p));

describe("converters started before the command line is parsed", () => {
  it("start when the run will convert on one converter with the default flags", () => {
    expect(starts("convert", "a.pdf", "-o", "out")).toBe(true);
    expect(starts("convert", "a.txt", "--jobs", "4", "--quiet")).toBe(true);
    expect(starts("convert", "a.txt", "b.txt", "-j1")).toBe(true);
    expect(starts("convert", "--format=json", "a.txt", "--timeout", "60")).toBe(true);
    expect(starts("run", "pipelines/default.json", "--jobs=1")).toBe(true);
    expect(startsConverters(["run"], 1)).toBe(true);
  });

  it("do not start when the run may ask for more, for other flags, or for none", () => {
    expect(starts("convert", "a.txt", "b.txt")).toBe(false);
    expect(starts("convert", "folder")).toBe(false);
    expect(starts("convert", "-")).toBe(false);
    expect(starts("convert", "@list.txt")).toBe(false);
    expect(starts("run")).toBe(false);
    expect(starts("convert", "a.txt", "--max-memory", "512")).toBe(false);
    expect(starts("convert", "--help")).toBe(false);
    expect(starts("diff", "a.json", "b.json")).toBe(false);
    expect(starts("serve")).toBe(false);
    expect(starts()).toBe(false);
  });
});
