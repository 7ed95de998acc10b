// A release problem the person running it can fix, told in Chinese and English (scripts print
// both: IT staff may read either). Anything else that throws is a bug and keeps its stack.
class ReleaseError extends Error {
  /** zh and en say the same thing; exitCode 2 = bad input or usage, 1 = the release is not whole. */
  constructor(zh, en, exitCode = 2) {
    super(en);
    this.zh = zh;
    this.en = en;
    this.exitCode = exitCode;
  }
}

module.exports = { ReleaseError };
