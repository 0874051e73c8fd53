/** A stream the command line writes to. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The process streams, environment and folder of a command, replaceable in tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** The folder relative paths are resolved against. */
  cwd: string;
}

/** Exit statuses of the command line. */
export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 2;
