import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../flow/use-flow";

/** The outcome of the last action in one sentence; errors are announced at once (role alert). */
export function NoticeBar({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
