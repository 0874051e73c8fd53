/**
 * Geospatial functions: `geo_distance_2points` and
 * `geo_info_from_ip_address`.
 */
import type { GeoLocation } from "../api.js";
import type { Value } from "../types.js";
import { scalar, unsupported } from "./define.js";
import { parseIpv6Network } from "./ip-address.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

/**
 * The radius of the sphere on which `geo_distance_2points` measures, in
 * meters. With it, the haversine distance matches the page's Seattle to
 * Los Angeles example in all 15 digits shown (1546754.35197381).
 */
const SPHERE_RADIUS_METERS = 6_371_010;

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * `geo_distance_2points(p1_longitude, p1_latitude, p2_longitude,
 * p2_latitude[, use_spheroid])`
 * (https://learn.microsoft.com/kusto/query/geo-distance-2points-function):
 * the shortest distance in meters between two WGS-84 coordinates, measured
 * on a sphere. A longitude outside [-180, 180], a latitude outside
 * [-90, 90], or a null or non-finite coordinate gives null.
 * `use_spheroid = true`, which measures on the WGS-84 spheroid, raises an
 * `unsupported` error: the page gives no example to check it against.
 */
function compileDistance(site: CallSite): ScalarImpl {
  if (site.argTypes.length > 4) {
    const spheroid = site.constants[4];
    if (spheroid === undefined || spheroid === true) {
      throw unsupported(site, "use_spheroid other than a constant false");
    }
  }
  return ([lon1, lat1, lon2, lat2]) => {
    const first = coordinate(lon1, lat1);
    const second = coordinate(lon2, lat2);
    if (!first || !second) return null;
    return SPHERE_RADIUS_METERS * centralAngle(first, second);
  };
}

interface Coordinate {
  readonly longitude: number;
  readonly latitude: number;
}

/** Returns a valid coordinate in radians, or `null`. */
function coordinate(longitude: Value, latitude: Value): Coordinate | null {
  if (longitude === null || latitude === null) return null;
  const lon = Number(longitude);
  const lat = Number(latitude);
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return null;
  return { longitude: lon * RADIANS_PER_DEGREE, latitude: lat * RADIANS_PER_DEGREE };
}

/** Returns the angle between two points at the sphere's centre, by the haversine formula. */
function centralAngle(a: Coordinate, b: Coordinate): number {
  const sinLatitude = Math.sin((b.latitude - a.latitude) / 2);
  const sinLongitude = Math.sin((b.longitude - a.longitude) / 2);
  const h =
    sinLatitude * sinLatitude +
    Math.cos(a.latitude) * Math.cos(b.latitude) * sinLongitude * sinLongitude;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * `geo_info_from_ip_address(IpAddress)`
 * (https://learn.microsoft.com/kusto/query/geo-info-from-ip-address-function):
 * a bag with `country`, `state`, `city` (strings), `latitude` and
 * `longitude` (reals), in that order, from the evaluation's IP locations
 * in place of Microsoft's geolocation database. A field the location does
 * not give is left out. Text that is not an IPv4 or IPv6 address, such as
 * a CIDR range, gives null, as the other IP functions do.
 *
 * NOTE: the page does not say what Kusto returns for an address its
 * database cannot locate. The engine returns an empty bag, which is the
 * page's object without the fields that are not available.
 */
function compileGeoInfo(site: CallSite): ScalarImpl {
  return ([value]) => {
    if (typeof value !== "string" || value.includes("/")) return null;
    if (!parseIpv6Network(value)) return null;
    const location = site.locateIp?.()?.(value.trim());
    return location ? locationBag(location) : {};
  };
}

const LOCATION_FIELDS = ["country", "state", "city", "latitude", "longitude"] as const;

function locationBag(location: GeoLocation): Record<string, Value> {
  const bag: Record<string, Value> = {};
  for (const field of LOCATION_FIELDS) {
    const value = location[field];
    if (value !== undefined) bag[field] = value;
  }
  return bag;
}

registerScalars(
  scalar("geo_distance_2points", compileDistance),
  scalar("geo_info_from_ip_address", compileGeoInfo),
);
