// Builds valid unified social credit codes (GB 32100-2015) for sample data.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCheck(body8: string): string {
  const sum = body8.split("").reduce((s, ch, i) => s + ALPHABET.indexOf(ch) * ORG_WEIGHTS[i], 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** A valid 18-character USCC from a serial number and a 6-digit area code. */
export function makeUscc(serial: number, area = "320500"): string {
  const body8 = String(10000000 + (serial * 7919) % 89999999).slice(0, 8);
  const first17 = "91" + area + body8 + orgCheck(body8);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * (3 ** i % 31);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}
