import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

/** A point on the map in WGS-84 degrees (GPS, as a phone's EXIF gives it). */
@ObjectType({ description: 'A point in WGS-84 degrees. 坐标(WGS-84)。' })
export class GeoPoint {
  @Field(() => Float, { description: '经度' })
  longitude!: number;

  @Field(() => Float, { description: '纬度' })
  latitude!: number;
}

@InputType({ description: 'A point in WGS-84 degrees. 坐标(WGS-84)。' })
export class GeoPointInput {
  @Field(() => Float, { description: '经度 −180…180' })
  longitude!: number;

  @Field(() => Float, { description: '纬度 −90…90' })
  latitude!: number;
}

/** Checks a point (BAD_USER_INPUT naming `field.longitude` / `field.latitude`); six decimals (about 0.1 m) are kept. */
export function requireGeoPoint(point: GeoPointInput, field: string): GeoPoint {
  const check = (value: number, limit: number, name: string) => {
    if (!Number.isFinite(value) || Math.abs(value) > limit) throw new BadUserInputError(`${field}.${name} must be a number from −${limit} to ${limit}`, `${field}.${name}`);
    return Math.round(value * 1e6) / 1e6;
  };
  return { longitude: check(point.longitude, 180, 'longitude'), latitude: check(point.latitude, 90, 'latitude') };
}

const EARTH_RADIUS_M = 6_371_008.8;

/** The great-circle distance between two points, in metres (haversine). */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
