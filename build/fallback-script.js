// The ES5 fallback script with its texts taken from the message catalog (src/core/i18n), so the
// catalog stays the one home of user-facing strings even for this plain script.
const fs = require("fs");
const path = require("path");

const KEYS = { title: "pane.fallback.title", body: "pane.fallback.body", standalone: "pane.fallback.standalone", cli: "pane.fallback.cli" };

/** The fallback's messages in both languages, read from the TypeScript catalog through tsx. */
function fallbackMessages(root) {
  const tsx = require("tsx/cjs/api");
  const { t } = tsx.require(path.join(root, "src/core/i18n/translate.ts"), __filename);
  const of = (lang) => Object.fromEntries(Object.entries(KEYS).map(([name, key]) => [name, t(key, {}, lang)]));
  return { "zh-CN": of("zh-CN"), en: of("en") };
}

/** The script's source ready to inline in a <script> element (no `<` left in the messages' JSON). */
function fallbackScript(root) {
  const source = fs.readFileSync(path.join(root, "src/taskpane/fallback/unsupported.js"), "utf8");
  const json = JSON.stringify(fallbackMessages(root)).replace(/</g, "\\u003c");
  const placeholder = "var messages = ANBIAO_FALLBACK_MESSAGES;";
  if (!source.includes(placeholder)) throw new Error(`unsupported.js lost its placeholder line: ${placeholder}`);
  return source.replace(placeholder, () => `var messages = ${json};`);
}

module.exports = { fallbackScript };
