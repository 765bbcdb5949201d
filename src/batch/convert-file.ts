import { convert, type ConvertOptions, type ConvertResult } from "../pipeline/runner.js";
import { readInput } from "./inputs.js";

/**
 * Reads one file and converts it: the format its first bytes declare, else its name's, the
 * path recorded as given. Throws InputError, with a one-line reason, for a file that is no document.
 */
export async function convertFile(path: string, options: ConvertOptions = {}): Promise<ConvertResult> {
  const { bytes, format, named } = await readInput(path);
  return convert({ bytes, path, format, named }, options);
}
