import { foldExpanded } from "../text/abbreviations.js";
import { normalizeTonePlacement } from "../text/tones.js";

/**
 * The text two items are compared on for "the same in substance": NFC with one tone placement,
 * one kind of quote and dash, single spaces, lower case, no closing punctuation. Two transcriptions
 * of one document (NFD, "hoà"/"hòa", re-wrapped lines, "Thành phố"/"thành phố", "…"/"...") compare equal.
 */
export function comparable(s: string): string {
  return (
    normalizeTonePlacement(s)
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/[–—−]/g, "-")
      // An ellipsis typed as one character or as three dots is one ellipsis.
      .replace(/…/g, "...")
      .replace(/\s+/g, " ")
      .toLowerCase()
      .replace(/[\s.;:,/]+$/, "")
      .trim()
  );
}

/** Words and numbers of folded, abbreviation-expanded text; "1.435", "2026-2030", "35/2021/qh15" stay whole. */
export function foldedWords(s: string): string[] {
  return foldExpanded(s).match(/[a-z0-9]+(?:[.,/&-][a-z0-9]+)*/g) ?? [];
}

/** Similarity terms: every word and every pair of neighbouring words (Vietnamese words are often two syllables). */
export function terms(s: string): string[] {
  const words = foldedWords(s);
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}
