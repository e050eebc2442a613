import { describe, expect, it } from 'vitest';
import { compileNamedParameters, reportQuery, reportQueryNames } from './report-sql.js';

describe('report SQL files', () => {
  it('turns named parameters into numbered ones, leaving casts and comments alone', () => {
    const compiled = compileNamedParameters(
      "-- uses :not_this\nSELECT :a::text, :b, to_char(x, 'HH24:MI'), :a FROM t WHERE y = :b",
    );
    expect(compiled.params).toEqual(['a', 'b']);
    expect(compiled.text).toContain(
      "SELECT $1::text, $2, to_char(x, 'HH24:MI'), $1 FROM t WHERE y = $2",
    );
  });

  it('reads every query with its fragments, and every one binds the Center', () => {
    for (const name of reportQueryNames) {
      const query = reportQuery(name);
      expect(query.text).not.toContain('/*include:');
      expect(query.params).toContain('center_id');
    }
  });
});
