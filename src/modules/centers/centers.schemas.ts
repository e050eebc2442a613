import { Type, type Static } from 'typebox';

const Localized = (maxLength: number) =>
  Type.Object(
    {
      el: Type.String({ minLength: 1, maxLength }),
      en: Type.String({ minLength: 1, maxLength }),
    },
    { additionalProperties: false },
  );

export const OpeningHours = Type.Array(
  Type.Object(
    {
      weekday: Type.Integer({ minimum: 1, maximum: 7 }),
      opens: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
      closes: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
    },
    { additionalProperties: false },
  ),
  { maxItems: 14 },
);

const centerFields = {
  name: Localized(200),
  municipality: Localized(200),
  address: Type.Object(
    {
      street: Type.String({ minLength: 1, maxLength: 200 }),
      number: Type.String({ minLength: 1, maxLength: 20 }),
      // Greek postcodes: five digits (shown as "151 24").
      postcode: Type.String({ pattern: '^[1-8][0-9]{4}$' }),
      city: Localized(100),
    },
    { additionalProperties: false },
  ),
  phones: Type.Array(Type.String({ pattern: '^[0-9]{10}$' }), { maxItems: 10 }),
  email: Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]),
  website: Type.Union([Type.String({ format: 'uri', maxLength: 500 }), Type.Null()]),
  openingHours: OpeningHours,
  byAppointment: Type.Boolean(),
};

export const CenterSettingsUpdate = Type.Object(
  { ...centerFields, timezone: Type.Literal('Europe/Athens') },
  { additionalProperties: false },
);
export type CenterSettingsUpdate = Static<typeof CenterSettingsUpdate>;

export const CenterSettings = Type.Object(
  { slug: Type.String(), ...centerFields, timezone: Type.String() },
  { additionalProperties: false },
);
export type CenterSettings = Static<typeof CenterSettings>;

export const PublicCenter = Type.Object(
  {
    slug: Type.String(),
    name: centerFields.name,
    municipality: centerFields.municipality,
    address: centerFields.address,
    phones: centerFields.phones,
    email: centerFields.email,
    website: centerFields.website,
    openingHours: OpeningHours,
    byAppointment: Type.Boolean(),
    multipleCenters: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type PublicCenter = Static<typeof PublicCenter>;
