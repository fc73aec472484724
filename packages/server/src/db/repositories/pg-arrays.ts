/**
 * PostgreSQL array literals built in one pass, for `unnest($1::text[], …)` bulk statements: the
 * pg driver's own conversion handles each element as a generic value, several times slower on
 * the hundreds of thousands of values a bulk write sends.
 */

/** `{"a","b",NULL}`: every element quoted, `"` and `\` escaped. */
export function pgTextArray(values: readonly (string | null)[]): string {
  let plain = true;
  for (const v of values) {
    if (v === null || v === undefined || v.includes('"') || v.includes('\\')) {
      plain = false;
      break;
    }
  }
  // the common case in one native join
  if (plain) return values.length === 0 ? '{}' : `{"${values.join('","')}"}`;
  const parts = new Array<string>(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v === null || v === undefined) parts[k] = 'NULL';
    else if (v.includes('"') || v.includes('\\')) parts[k] = `"${v.replace(/["\\]/g, '\\$&')}"`;
    else parts[k] = `"${v}"`;
  }
  return `{${parts.join(',')}}`;
}

/** `{1,2.5,NULL}` (finite numbers only). */
export function pgNumberArray(values: ArrayLike<number | null>): string {
  let hasNull = false;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v === null || v === undefined) hasNull = true;
    else if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
  }
  // join writes null as an empty string, which PostgreSQL refuses: NULL spelled out
  if (!hasNull) return `{${Array.prototype.join.call(values, ',')}}`;
  const parts = new Array<string>(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    parts[k] = v === null || v === undefined ? 'NULL' : String(v);
  }
  return `{${parts.join(',')}}`;
}
