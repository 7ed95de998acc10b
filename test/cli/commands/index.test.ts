import { commandWord, commands, commandsFor } from "../../../src/cli/commands";
import { runBin } from "../run-bin";

describe("loading only the command a run names", () => {
  it("finds the command word past --lang and its value and past other options", () => {
    expect(commandWord(["--lang", "en", "check", "roster.xlsx", "--profile", "suzhou-2022"])).toBe("check");
    expect(commandWord(["--lang=en", "summarize", "x.xlsx"])).toBe("summarize");
    expect(commandWord(["--help"])).toBeUndefined();
    expect(commandWord([])).toBeUndefined();
  });

  it("loads one registration for a known command, every one for help, version or a mistyped name", async () => {
    expect(await commandsFor(["check", "roster.xlsx"])).toHaveLength(1);
    expect(await commandsFor(["--lang", "en", "explain", "x.xlsx"])).toHaveLength(1);
    for (const args of [["--help"], ["--version"], ["chek", "x.xlsx"], ["help", "check"]]) expect(await commandsFor(args)).toHaveLength(commands.length);
  });

  it("still lists every command in the help, and a command's own help and a mistyped name still answer", () => {
    const help = runBin(["--lang", "en", "--help"]);
    expect(help.status).toBe(0);
    for (const c of commands) expect(help.stdout).toContain(c.name);
    const own = runBin(["--lang", "en", "check", "--help"]);
    expect(own.status).toBe(0);
    expect(own.stdout).toContain("Usage: anbiao check");
    const typo = runBin(["chek", "x.xlsx"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("chek");
  });
});
