import { isEnterpriseListing, markerName } from "../../../src/core/spec/marker";

describe("isEnterpriseListing (generated sheets that list counted enterprises are not rosters)", () => {
  it("names 明细, 到期提醒, the work lists, 校验结果 and 报送情况, whatever the profile", () => {
    for (const key of ["details", "renewals", "worklist", "worklist-柏香镇", "findings", "submissions"]) {
      expect({ key, listing: isEnterpriseListing(markerName({ generator: "anbiao", kind: "details", profile: "suzhou-2022", key })) }).toEqual({ key, listing: true });
    }
  });

  it("leaves district templates (which districts fill in), attachments, compliance, charts and others' names alone", () => {
    for (const key of ["template-attachment-1", "template-marker", "attachment-attachment-1", "compliance", "charts"]) {
      expect({ key, listing: isEnterpriseListing(markerName({ generator: "anbiao", kind: "template", profile: "qinyang-2024", key })) }).toEqual({ key, listing: false });
    }
    expect(isEnterpriseListing("details")).toBe(false);
    expect(isEnterpriseListing("Print_Titles")).toBe(false);
  });
});
