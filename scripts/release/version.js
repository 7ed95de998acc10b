// The 4-part version of a release: package.json's major.minor.patch plus a build counter, one more
// than the release already in the output folder. Office keeps a copy of each add-in's manifest
// and compares <Version> to decide that a manifest is an update, so every release must go up.
const { compareVersions } = require("../manifest-checks");
const { ReleaseError } = require("./release-error");

/** The manifest schema's limit for each part of <Version>. */
const MAX_PART = 99999;

/** The next release version. previous: the version in the output folder, if any; build: --build, if given. */
function nextVersion(packageVersion, previous, build) {
  const triple = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion || "");
  if (!triple || triple.slice(1).some((part) => Number(part) > MAX_PART)) {
    throw new ReleaseError(
      `package.json 的 version "${packageVersion}" 应为三段数字（如 0.1.0），每段不超过 ${MAX_PART}`,
      `package.json's version "${packageVersion}" must be three numbers (e.g. 0.1.0), each at most ${MAX_PART}`,
    );
  }
  const base = triple.slice(1).map(Number).join(".");
  let counter = build;
  if (counter === undefined) {
    const sameBase = previous && previous.split(".").slice(0, 3).join(".") === base;
    counter = sameBase ? Number(previous.split(".")[3] || 0) + 1 : 1;
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_PART) {
    throw new ReleaseError(`--build ${counter} 应为 0 到 ${MAX_PART} 之间的整数`, `--build ${counter} must be a whole number from 0 to ${MAX_PART}`);
  }
  const version = `${base}.${counter}`;
  if (previous && compareVersions(version, previous) <= 0) {
    throw new ReleaseError(
      `新版本 ${version} 不高于输出文件夹中已有的 ${previous}：Excel 会认为没有更新。请用 --build 指定更大的编号，或提高 package.json 的版本。`,
      `the new version ${version} is not above ${previous}, already in the output folder: Excel would not see an update. Pass a larger --build or raise package.json's version.`,
    );
  }
  return version;
}

module.exports = { nextVersion };
