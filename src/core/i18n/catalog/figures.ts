import type { MessageSection } from "../lang";

/** Messages about computed figures that cannot be right (a share above 100%). */
export const figures: MessageSection = {
  "zh-CN": {
    "figure/share-above-100": "{district}「{what}」：{count} / {denominator} = {rate}，超过 100%，分子与分母不是同一批企业，该比率不可信，请核对台账",
  },
  en: {
    "figure/share-above-100": "{district} \"{what}\": {count} / {denominator} = {rate}, above 100%; numerator and denominator are not the same enterprises, so this share cannot be right — check the roster",
  },
};
