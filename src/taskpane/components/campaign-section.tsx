import { useRef } from "react";
import { Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import { builtinProfileIds } from "../../core/profile/builtin";
import { profileFromText } from "../flow/campaign";
import type { Flow } from "../flow/use-flow";
import { errorSentence } from "../flow/error-message";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { display: "none" },
});

/** 方案: the campaign profile (built-ins and a user's JSON file), the year and the as-of date, with the CLI's defaults. */
export function CampaignSection({ flow, lang }: { flow: Flow; lang: Lang }) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const label = (id: string) => {
    const p = flow.profiles.find((x) => x.id === id);
    const name = p ? `${p.title}（${p.id}）` : id;
    return builtinProfileIds.includes(id) ? name : t("pane.campaign.profileFromFile", { name }, lang);
  };
  const onProfileFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const profile = await profileFromText(await file.text(), file.name, lang);
      flow.addProfile(profile);
      flow.report({ intent: "success", text: t("pane.campaign.profileLoaded", { file: file.name, name: profile.title }, lang) });
    } catch (err) {
      flow.report({ intent: "error", text: errorSentence(err, lang) });
    }
    if (fileInput.current) fileInput.current.value = "";
  };
  return (
    <section className={styles.section} aria-labelledby="pane-campaign-title">
      <Subtitle2 as="h2" id="pane-campaign-title">{t("pane.section.campaign", {}, lang)}</Subtitle2>
      <Field label={t("pane.campaign.profile", {}, lang)}>
        <Select value={flow.profileId} onChange={(_e, d) => flow.setProfileId(d.value)}>
          {flow.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {label(p.id)}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button size="small" onClick={() => fileInput.current?.click()}>{t("pane.campaign.profileFile", {}, lang)}</Button>
        <input ref={fileInput} className={styles.hidden} type="file" accept=".json,application/json" tabIndex={-1} aria-hidden="true" onChange={(e) => void onProfileFile(e.target.files)} />
      </div>
      <div className={styles.row}>
        <Field label={t("pane.campaign.year", {}, lang)}>
          <Input value={flow.year} inputMode="numeric" maxLength={4} onChange={(_e, d) => flow.setYear(d.value)} />
        </Field>
        <Field label={t("pane.campaign.asOf", {}, lang)}>
          <Input type="date" value={flow.asOf} onChange={(_e, d) => flow.setAsOf(d.value)} />
        </Field>
      </div>
    </section>
  );
}
