/**
 * The part of OC4IDS 0.9 (project-level schema 0.9.5) this API publishes, as TypeScript. Field
 * names and meanings are the standard's (test/fixtures/oc4ids/project-schema.json); only what the
 * export fills is declared. Dates are RFC 3339 date-times; money is a `Value` in yuan (CNY).
 */

/** A financial value. */
export interface Oc4idsValue {
  amount: number;
  currency: 'CNY';
}

/** A period; a calendar day is written as its midnight in China Standard Time. */
export interface Oc4idsPeriod {
  startDate?: string;
  endDate?: string;
}

/** A reference to an entry of the project's `parties`. */
export interface Oc4idsOrganizationReference {
  id: string;
  name: string;
}

/** An entry of `parties`. */
export interface Oc4idsOrganization extends Oc4idsOrganizationReference {
  /** Codes of the partyRole codelist. */
  roles: string[];
}

/** An entry of `locations`. */
export interface Oc4idsLocation {
  id: string;
  description?: string;
  /** GeoJSON: `coordinates` are [longitude, latitude] (WGS-84). */
  geometry?: { type: 'Point'; coordinates: [number, number] };
  address?: { streetAddress?: string; locality?: string; region?: string; countryName?: string };
}

/** An entry of `milestones`. */
export interface Oc4idsMilestone {
  id: string;
  title: string;
  /** A code of the milestoneType codelist. */
  type: string;
  dueDate: string;
  dateMet?: string;
  /** The closed milestoneStatus codelist. */
  status: 'scheduled' | 'met' | 'notMet' | 'partiallyMet';
}

/** One observation of a metric: a month's figure. */
export interface Oc4idsObservation {
  id: string;
  period: Oc4idsPeriod;
  /** Financial metrics. */
  value?: Oc4idsValue;
  /** Other metrics (a percent as text, exactly as stored). */
  measure?: string;
  unit?: { name: string; scheme: string; id: string };
  dimensions?: Record<string, string | boolean>;
  notes?: string;
}

/** An entry of `metrics` (actual) or `forecasts` (planned). */
export interface Oc4idsMetric {
  /** A code of the metricID codelist. */
  id: string;
  title: string;
  description: string;
  observations: Oc4idsObservation[];
}

/** A budget breakdown entry. */
export interface Oc4idsBudgetBreakdown {
  id: string;
  description: string;
  amount: Oc4idsValue;
  period: Oc4idsPeriod;
  approvalDate?: string;
}

/** One OC4IDS project. */
export interface Oc4idsProject {
  id: string;
  updated: string;
  language: 'zh';
  identifiers: { id: string; scheme: string }[];
  publicAuthority: Oc4idsOrganizationReference;
  title: string;
  description: string;
  budget: {
    description: string;
    amount: Oc4idsValue;
    budgetBreakdowns: { id: string; description: string; budgetBreakdown: Oc4idsBudgetBreakdown[] }[];
  };
  period?: Oc4idsPeriod;
  locations?: Oc4idsLocation[];
  /** The closed projectStatus codelist. */
  status: string;
  /** The closed projectType codelist. */
  type: string;
  /** Codes of the projectSector codelist; absent when none fits. */
  sector?: string[];
  parties: Oc4idsOrganization[];
  forecasts?: Oc4idsMetric[];
  metrics?: Oc4idsMetric[];
  milestones?: Oc4idsMilestone[];
  completion?: { endDate: string; finalValue?: Oc4idsValue; finalValueDetails?: string };
}

/** An OC4IDS project package (project-package-schema.json). */
export interface Oc4idsProjectPackage {
  uri: string;
  publishedDate: string;
  publisher: { name: string };
  /** Null until the office chooses the license the data is published under. */
  license: string | null;
  version: '0.9';
  projects: Oc4idsProject[];
}
