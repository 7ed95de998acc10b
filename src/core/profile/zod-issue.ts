import type { z } from "zod";
import { hasMessage } from "../i18n/translate";
import type { MessageParams } from "../i18n/lang";
import type { RawProfileIssue } from "./issue";

/** A short rendering of an offending value for messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return "";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? text.slice(0, 37) + "…" : text;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Turns one zod issue into a catalog key and parameters; schema errors are already catalog keys. */
export function fromZodIssue(issue: z.core.$ZodIssue): RawProfileIssue {
  const input = (issue as { input?: unknown }).input;
  const params: MessageParams = { input: showValue(input), received: typeName(input) };
  // A list too long is named by its length and the ceiling, not by a glimpse of its items.
  if (issue.code === "too_big") Object.assign(params, { maximum: String(issue.maximum), count: Array.isArray(input) ? input.length : showValue(input) });
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "invalid_type" && input === undefined) return { path, key: "profile.issue.required", params };
  if (hasMessage(issue.message)) return { path, key: issue.message, params };
  switch (issue.code) {
    case "invalid_type":
      return { path, key: "profile.issue.type", params: { ...params, expected: issue.expected } };
    case "unrecognized_keys":
      return { path, key: "profile.issue.unknownKeys", params: { keys: issue.keys.join(", ") } };
    case "invalid_value":
      return { path, key: "profile.issue.value", params: { ...params, values: issue.values.map((v) => showValue(v)).join(", ") } };
    case "too_small":
      return { path, key: "profile.issue.tooSmall", params: { ...params, minimum: String(issue.minimum) } };
    case "too_big":
      return { path, key: "profile.issue.tooBig", params: { ...params, maximum: String(issue.maximum) } };
    default:
      return { path, key: "profile.issue.invalid", params };
  }
}
