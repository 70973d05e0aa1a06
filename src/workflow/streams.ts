/** Where a command's text goes: standard output and standard error, or a test's buffers. */
export interface OutputStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
