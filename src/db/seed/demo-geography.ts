import { createHash } from 'node:crypto';

/**
 * Plausible site coordinates (WGS-84) for the demo district: a centre per town or street, and each
 * project placed within about 1.5 km of its town's centre, the same place on every run (from a
 * hash of its code). The district is fictional; the coordinates lie in the hills and plain of a
 * south-east coastal county so that a map of them looks like one district.
 */
const TOWN_CENTRES: Record<string, [longitude: number, latitude: number]> = {
  城北街道: [118.3865, 24.9702],
  解放街道: [118.3921, 24.9578],
  南外街道: [118.3812, 24.9463],
  水南街道: [118.4033, 24.9491],
  水西镇: [118.3518, 24.9635],
  沙河镇: [118.4312, 24.9867],
  沙石镇: [118.3297, 25.0021],
  湖边镇: [118.4506, 24.9322],
};

/** The centre used for a place not in the table (the district's seat). */
const SEAT: [number, number] = [118.3865, 24.9602];

/** A project's site: its town's centre (found in its address) moved by up to about 1.5 km, or `shift` degrees further for scale copies. */
export function demoSite(code: string, address: string | null, shift: [number, number] = [0, 0]): { longitude: string; latitude: string } {
  const town = Object.keys(TOWN_CENTRES).find((name) => address?.endsWith(name));
  const [longitude, latitude] = town ? TOWN_CENTRES[town] : SEAT;
  const digest = createHash('sha256').update(code).digest();
  const offset = (byte: number) => (digest[byte] / 255 - 0.5) * 0.028; // ±0.014° ≈ ±1.4 km
  return { longitude: (longitude + shift[0] + offset(0)).toFixed(6), latitude: (latitude + shift[1] + offset(1)).toFixed(6) };
}
