import { describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { Nullable, Id, Timestamp } from './schemas.js';
import { PageOf } from './list-query.js';
import { Asset } from '../modules/assets/assets.mapping.js';
import { nullablesAsTypeLists, responseSerializerFactory } from './response-serializer.js';

const serializerOf = (schema: unknown) => responseSerializerFactory()({}, {})({ method: 'GET', url: '/x', httpStatus: '200', schema });

describe('response serializers', () => {
  it('turn a nullable primitive into a type list and leave other unions alone', () => {
    expect(nullablesAsTypeLists(Nullable(Id))).toMatchObject({ type: ['string', 'null'], format: 'uuid' });
    expect(nullablesAsTypeLists(Nullable(Type.Integer()))).toMatchObject({ type: ['integer', 'null'] });
    const literal = nullablesAsTypeLists(Nullable(Type.Literal('open'))) as { anyOf?: unknown[] };
    expect(literal.anyOf).toHaveLength(2);
    const object = nullablesAsTypeLists(Nullable(Type.Object({ a: Type.String() }))) as { anyOf?: unknown[] };
    expect(object.anyOf).toHaveLength(2);
  });

  it('write the same JSON as JSON.stringify for values and nulls', () => {
    const schema = Type.Object({ id: Id, at: Nullable(Timestamp), count: Nullable(Type.Integer()), flag: Nullable(Type.Boolean()), state: Nullable(Type.Literal('open')) });
    const serialize = serializerOf(schema);
    for (const value of [
      { id: '01a24a16-8802-7083-930d-f397becdb900', at: '2026-12-06T07:05:34.288Z', count: 3, flag: false, state: 'open' },
      { id: '01a24a16-8802-7083-930d-f397becdb900', at: null, count: null, flag: null, state: null },
      { id: 'with "quotes" and \u2028', at: null, count: 0, flag: true, state: null },
    ]) {
      expect(serialize(value)).toBe(JSON.stringify(value));
    }
  });

  it('write an asset page as JSON.stringify does', () => {
    const item = {
      id: '01a24a16-8802-7083-930d-f397becdb900', customerId: '01a24a16-87f5-7000-8f65-5aceb4e6a113', siteId: null, parentId: '01a24a16-8802-7054-a23f-0ecaf40ad1fc',
      rootId: '01a24a16-8802-703d-a7f5-044cec469866', depth: 4, projectId: null, name: 'Pumpe "Nord"', category: null, serialNumber: 'SN-1', manufacturer: null, model: 'QS-421',
      status: 'active', nextDueDate: '2027-01-31', lastServiceDate: null, customFields: { voltage: 230 }, createdAt: '2024-07-22T00:45:38.122Z', updatedAt: '2024-07-22T00:45:38.122Z', archivedAt: null,
    };
    const page = { items: [item, { ...item, siteId: '01a24a16-87f5-7002-8eb8-93e3b75d2d75', archivedAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null };
    expect(serializerOf(PageOf(Asset))(page)).toBe(JSON.stringify(page));
  });
});
