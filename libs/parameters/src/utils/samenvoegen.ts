type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge for a new version based on an old one: objects merge key by key, anything else (lists too) replaces. */
export function samenvoegen(basis: Json, wijziging: Json): Json {
  const result: Json = { ...basis };
  for (const [key, value] of Object.entries(wijziging)) {
    result[key] = isObject(value) && isObject(basis[key]) ? samenvoegen(basis[key] as Json, value) : value;
  }
  return result;
}
