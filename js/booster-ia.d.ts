// booster-ia: the Booster IA (Région Normandie) rules for JavaScript.
// Hand-written declarations (js/booster-ia.d.ts, copied by `make js`): the
// draft as format v3 writes it (docs/draft-v3.schema.json), the assessment
// as `booster-ia check` prints it, the comparison as `booster-ia compare`
// prints it. Money is always a string with two decimals ("7750.00"), never
// a number: add it up with a decimal library, not with `+`.

/** An amount of money in euros, as the draft format writes it: `"7750.00"`. */
export type Money = string;
/** A calendar day, `YYYY-MM-DD`. */
export type DateText = string;
/** A sentence in both languages. */
export interface Text {
  fr: string;
  en: string;
}
/** The language of messages. */
export type Lang = "fr" | "en";
/** Options of every function; the language alone (`"en"`) will do too. */
export interface Options {
  /** Language of error messages; French when absent. */
  lang?: Lang;
}

// ---------------------------------------------------------------- the draft

export type S3Domain = "agri_marine_forest" | "energy" | "industry" | "mobility" | "health" | "resilience";
export type PartnerKind =
  | "company" | "association" | "public_establishment" | "private_establishment"
  | "local_authority" | "local_authority_group" | "other";
export type Category =
  | "personnel" | "intellectual_services" | "licences" | "services" | "consumables"
  | "equipment" | "travel" | "overheads" | "other";

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  /** 14 digits passing the Luhn check, or null. */
  siret: string | null;
  postcode: string;
  /** ISO 3166-1 alpha-2; absent means France. */
  country?: string;
  role: "lead" | "partner";
  new_to_datalab: boolean;
  /** Whether it recovers the VAT it pays; null when not known yet (format v2). */
  vat_recoverable?: boolean | null;
}

export interface BudgetLine {
  id: string;
  /** A partner's id; empty while not chosen. */
  partner: string;
  category: Category;
  label: string;
  /** Excluding VAT; `""` while not known. */
  amount: Money;
  /**
   * Whether the person is permanent staff of the bearer; null when not said
   * yet (format v3: a public body's personnel line is then pending). Versions
   * 1 and 2 hold an answer only.
   */
  permanent_staff: boolean | null;
}

/** A Booster IA draft, format `booster-ia-draft` version 3 (versions 1 and 2 are read too). */
export interface Draft {
  format: "booster-ia-draft";
  version: 1 | 2 | 3;
  project: {
    title: string;
    summary: string;
    ai_use: string;
    data_used: string;
    s3_domain: S3Domain | null;
  };
  partners: Partner[];
  budget: BudgetLine[];
  timeline: {
    submission: DateText | null;
    start: DateText | null;
    end: DateText | null;
    milestones: { label: string; date: DateText | null }[];
  };
  indicators: { label: string; target: string }[];
  commons: { experience_report: boolean; tools_or_content: string; open_data: string };
  commitments: { report_indicators: boolean; collective_review: boolean };
  /** Marks out of each criterion's maximum; null while not given. */
  self_assessment: {
    quality: number | null;
    feasibility: number | null;
    regional_interest: number | null;
    responsible_digital: number | null;
    security: number | null;
    reproducibility: number | null;
  };
  advance: { requested: boolean; justification: string };
  /** Format v2: de minimis aids of the lead's single undertaking. */
  de_minimis?: {
    declared: boolean;
    aids: { funder: string; granted_on: DateText | null; amount: Money }[];
  };
  /** Format v2: other public funding of the same project. */
  other_funding?: { funder: string; amount: Money; status: "requested" | "granted" }[];
  /** The assessment written at export: compared, never trusted. */
  assessment?: Record<string, unknown>;
}

// ----------------------------------------------------------- the assessment

export type Verdict = "eligible" | "not_eligible" | "incomplete";
export type Status = "pass" | "fail" | "missing" | "warning" | "info";

/** A rule's id, in the order the checks are listed (the rules crate's
 * declarations, `rules/src/rules/mod.rs`; a test keeps this list the same). */
export type RuleId =
  | "one-lead"
  | "lead-kind"
  | "lead-in-normandy"
  | "postcodes"
  | "two-normandy-structures"
  | "ai-and-data"
  | "duration"
  | "milestones"
  | "commons"
  | "indicators"
  | "commitments"
  | "self-assessment"
  | "eligible-costs"
  | "budget-lines-complete"
  | "cost-category"
  | "permanent-public-staff"
  | "cost-bearer"
  | "advance"
  | "incentive-effect"
  | "excl-vat"
  | "s3-domain"
  | "de-minimis"
  | "financing-plan";

export interface Check {
  /** The rule's id (`duration`, `excl-vat`, …). */
  id: RuleId;
  status: Status;
  message: Text;
  /** The sentence of the scheme the rule implements, in French. */
  citation: string;
  citation_en: string;
  /** How the simulator reads the sentence, where it says so. */
  reading?: Text;
}

export interface CostGroup {
  /** The category's or the partner's id. */
  key: string;
  total: Money;
  eligible: Money;
}

export interface LineAssessment {
  id: string;
  eligible: boolean;
  amount: Money;
  exclusions: { rule: RuleId; reason: Text }[];
  payment_documents: Text[];
}

/** A figure where the assessment the draft carried differs from the rules. */
export interface Difference {
  figure: string;
  /** What the draft said (null when absent). */
  stated: unknown;
  recomputed: unknown;
}

/** Exactly the object `booster-ia check DRAFT.json` prints as JSON. */
export interface Assessment {
  verdict: Verdict;
  total_costs: Money;
  eligible_costs: Money;
  grant: Money;
  advance: Money;
  cap_binds: boolean;
  checks: Check[];
  excluded_costs: Money;
  potential_grant: Money;
  /** The grant over total costs (`"0.5"`); null without costs. */
  effective_rate: string | null;
  potential_advance: Money;
  balance: Money;
  own_share: Money;
  room_under_cap: Money;
  costs_beyond_cap: Money;
  grant_below_cap: Money;
  costs_by_category: CostGroup[];
  costs_by_partner: CostGroup[];
  lines: LineAssessment[];
  derivations: { figure: string; text: Text }[];
  /** The date the parameters applied took effect. */
  rules_version: DateText;
  de_minimis: {
    counted: Money;
    with_this_grant: Money;
    ceiling: Money;
    headroom: Money;
    /** null while the aids are not all declared. */
    fits: boolean | null;
  };
  financing: {
    uses: Money;
    booster_ia: Money;
    other_public_funding: Money;
    own_funds: Money;
    over_funding: Money;
  };
  vat_alternative: { eligible_costs: Money; potential_grant: Money } | null;
  /** The advance once justified: our reading (50 % of the grant) and the letter (50 % of eligible costs, at most the grant). */
  advance_readings: { ours: Money; letter: Money };
  /**
   * The lines not counted until their person is said to be permanent staff
   * or not (public bodies' personnel lines, `permanent_staff: null`): their
   * total (`"0.00"` when none), the potential grant if they all counted
   * (capped and rounded down as `potential_grant`), their ids.
   */
  pending: { costs: Money; grant_if_counted: Money; lines: string[] };
  differences_from_draft: Difference[];
}

// ------------------------------------------------------------ the comparison

/** One row of a comparison: the verdict, a figure or a check. */
export interface ComparisonRow {
  kind: "verdict" | "figure" | "check";
  key: string;
  title: Text;
  /** One per scenario: a verdict, an amount or a status, as text (a check
   * whose status is the same everywhere but whose facts differ: its status;
   * `cells` shows the facts). */
  values: string[];
  /** Each value as the page shows it, in both languages: a check whose status
   * is unchanged but whose facts differ shows the facts. */
  cells: Text[];
  differs: boolean;
  /** The budget lines, rules or parameters behind the difference. */
  causes: {
    kind: "rule" | "parameter" | "lines";
    /** A rule's id, a parameter's field name, or `budget-lines`: for programs; people read `title`. */
    source: string;
    title: Text;
    /** The sentence of the scheme; null for budget lines, which no sentence chooses. */
    citation: string | null;
    citation_en: string | null;
    details: Text[];
  }[];
}

/** Exactly the object `booster-ia compare A.json B.json [C.json]` prints. */
export interface Comparison {
  scenarios: ("A" | "B" | "C")[];
  rows: ComparisonRow[];
}

// ------------------------------------------------------------- the functions

/**
 * What `parse`, `assess` and `compare` throw for an invalid draft (tell it
 * apart with `isDraftError`). A wrong argument (not a draft, an unknown
 * language) is a `TypeError` or `RangeError` whose message names the argument.
 */
export interface DraftError extends Error {
  name: "DraftError";
  /** The checker's message: the path, then the problem, in `options.lang`. */
  message: string;
  /** The field at fault, `budget[2].amount`; empty for the file as a whole. */
  path: string;
  /** The problem alone, without the path. */
  problem?: string;
  /** `compare` only: the scenario of the invalid draft. */
  scenario?: "A" | "B" | "C";
}

/** Whether `error` is a `DraftError`: what the functions throw for an invalid draft. */
export function isDraftError(error: unknown): error is DraftError;

/**
 * Assesses a draft (its JSON text, or the object): the object `booster-ia
 * check` prints. Throws a `DraftError` for an invalid draft.
 */
export function assess(draft: string | Draft | object, options?: Options | Lang): Assessment;

/**
 * Reads a draft strictly and returns it as format v3 writes it (a v1 or v2
 * draft comes back as v3), without the assessment it carried. Throws a `DraftError`
 * whose message is the checker's, in `options.lang` (French by default).
 */
export function parse(draft: string | Draft | object, options?: Options | Lang): Draft;

/**
 * Two or three drafts side by side as scenarios A, B, C: the object
 * `booster-ia compare` prints. With two drafts the options may come third,
 * `compare(a, b, { lang: "en" })`.
 */
export function compare(a: string | Draft | object, b: string | Draft | object, options?: Options | Lang): Comparison;
export function compare(
  a: string | Draft | object,
  b: string | Draft | object,
  c: string | Draft | object | null | undefined,
  options?: Options | Lang,
): Comparison;

/**
 * The version of the parameters (the date it took effect) that `assess`
 * applies to a draft submitted on `date` — today, where the code runs, when
 * omitted. `null` is a draft without a submission date (the latest version),
 * so `rulesVersion(draft.timeline.submission)` is `assess(draft).rules_version`.
 * Throws a RangeError for a date that is not a real `YYYY-MM-DD`.
 */
export function rulesVersion(date?: DateText | Date | null): DateText;
