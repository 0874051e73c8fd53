import type { AnnotationProperties } from "@actions/core";
import type { ActionCore } from "../../src/action/run-action.js";

/** A stand-in for `@actions/core` that records every call. */
export interface FakeCore extends ActionCore {
  outputs: Record<string, string>;
  failed: string[];
  annotations: [string, string, AnnotationProperties | undefined][];
  logs: string[];
  /** Each text added to the job summary. */
  summaries: string[];
  /** How often the job summary was written. */
  summaryWrites: number;
}

export function fakeCore(inputs: Record<string, string> = {}): FakeCore {
  const annotate = (level: string) => (message: string, properties?: AnnotationProperties) => {
    core.annotations.push([level, message, properties]);
  };
  const core: FakeCore = {
    outputs: {},
    failed: [],
    annotations: [],
    logs: [],
    summaries: [],
    summaryWrites: 0,
    getInput: (name) => inputs[name] ?? "",
    setOutput: (name, value) => {
      core.outputs[name] = value;
    },
    setFailed: (message) => core.failed.push(message),
    info: (message) => core.logs.push(`info: ${message}`),
    debug: (message) => core.logs.push(`debug: ${message}`),
    startGroup: (name) => core.logs.push(`group: ${name}`),
    endGroup: () => core.logs.push("end group"),
    error: annotate("error"),
    warning: annotate("warning"),
    notice: annotate("notice"),
    summary: {
      addRaw: (text: string) => core.summaries.push(text),
      write: async () => {
        core.summaryWrites += 1;
      },
    },
  };
  return core;
}
