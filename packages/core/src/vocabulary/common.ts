import { z } from "zod";

/**
 * A calendar date in ISO 8601 form (`YYYY-MM-DD`), from 0001-01-01 to 9999-12-31. Policy dates are
 * days, not instants. Four-digit years from 0001 make two dates compare as their strings do.
 *
 * @category Vocabulary
 * @example
 * IsoDate.parse("2018-03-08"); // "2018-03-08"
 * IsoDate.safeParse("0000-01-01").success; // false
 */
export const IsoDate = z.iso.date({ error: "expected a date as YYYY-MM-DD" }).refine((s) => !s.startsWith("0000-"), {
  error: "expected a date from 0001-01-01 to 9999-12-31",
  params: { code: "date-out-of-range" },
});
/**
 * @category Vocabulary
 * @example
 * const start: IsoDate = IsoDate.parse("2018-03-08");
 * start < "2019-01-01"; // true
 */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A record identifier: non-empty, no surrounding whitespace.
 *
 * @category Vocabulary
 * @example
 * RecordId.parse("P-0001"); // "P-0001"
 */
export const RecordId = z.string().trim().min(1).max(200);
/**
 * @category Vocabulary
 * @example
 * const id: RecordId = RecordId.parse(" P-0001 ");
 * id; // "P-0001"
 */
export type RecordId = z.infer<typeof RecordId>;

/**
 * A language as an ISO 639-1 code (`fr`, `en`, `sg` for Sango).
 *
 * @category Vocabulary
 * @example
 * LanguageCode.parse("sg"); // "sg"
 */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, "expected an ISO 639 language code such as 'fr'");
/**
 * @category Vocabulary
 * @example
 * const languages: LanguageCode[] = ["fr", "sg"];
 * languages.every((l) => LanguageCode.safeParse(l).success); // true
 */
export type LanguageCode = z.infer<typeof LanguageCode>;

/**
 * Gender as recorded in personnel data.
 *
 * @category Vocabulary
 * @example
 * Gender.parse("female"); // "female"
 */
export const Gender = z.enum(["female", "male", "other", "undisclosed"]);
/**
 * @category Vocabulary
 * @example
 * const gender: Gender = "other";
 */
export type Gender = z.infer<typeof Gender>;

/**
 * An ISO 3166-1 alpha-3 country code, used for contributing countries.
 *
 * @category Vocabulary
 * @example
 * CountryCode.parse("CAF"); // "CAF"
 */
export const CountryCode = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code such as 'CAF'");
/**
 * @category Vocabulary
 * @example
 * const country: CountryCode = "CAF";
 * CountryCode.safeParse(country).success; // true
 */
export type CountryCode = z.infer<typeof CountryCode>;
