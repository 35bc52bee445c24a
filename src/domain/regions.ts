/** The 12 probation regions of England and Wales, and how people write their names. */
import { createNameReader, createNameResolver, type NamedEntry } from './nameMatching';
import type { RegionCode } from './planSchema';

export const REGIONS: readonly NamedEntry<RegionCode>[] = [
  { code: 'KSS', name: 'Kent, Surrey and Sussex', aliases: ['Kent Surrey Sussex', 'KS&S'] },
  { code: 'SC', name: 'South Central', aliases: ['Sth Central'] },
  { code: 'EOE', name: 'East of England', aliases: ['EoE', 'East England', 'Eastern'] },
  {
    code: 'YH',
    name: 'Yorkshire and The Humber',
    aliases: ['Y&H', 'Y&TH', 'Yorkshire', 'Yorks and Humber', 'Yorkshire and Humberside', 'Humber'],
  },
  { code: 'NE', name: 'North East', aliases: [] },
  { code: 'NW', name: 'North West', aliases: [] },
  { code: 'GM', name: 'Greater Manchester', aliases: ['Manchester'] },
  { code: 'WM', name: 'West Midlands', aliases: [] },
  { code: 'EM', name: 'East Midlands', aliases: [] },
  { code: 'SW', name: 'South West', aliases: [] },
  { code: 'LDN', name: 'London', aliases: ['LON'] },
  { code: 'WAL', name: 'Wales', aliases: ['Cymru'] },
];

// Words that do not tell regions apart: "East of England region", "Yorkshire & the Humber", "HMPPS Wales".
const FILLER = new Set(['the', 'and', 'of', 'region', 'probation', 'hmpps', 'area']);
const regionKey = (tokens: string[]): string => tokens.filter((t) => !FILLER.has(t)).join('');

const resolver = createNameResolver(REGIONS, regionKey);

export const resolveRegion = resolver.resolve;
export const suggestRegions = resolver.suggest;

/** What a region argument or cell accepts, for messages. */
const REGION_FORMS = `Use a region code (${REGIONS.map((r) => r.code).join(', ')}) or a region name such as "Kent, Surrey and Sussex".`;

/** A region from a cell or function argument: its code, or the message saying why it cannot be read. */
export const readRegionName = createNameReader('region', resolver, REGION_FORMS);

const NAMES = new Map(REGIONS.map((r) => [r.code, r.name]));
export const regionName = (code: RegionCode): string => NAMES.get(code) ?? code;
