/**
 * An input that is not a document at all (binary, wrong format, undecodable). Unlike diagnostics,
 * this stops the document: the CLI prints one line naming the file and the reason, and writes nothing.
 */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "InputError";
  }
}
