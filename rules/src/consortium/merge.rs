//! Merging partners' parts into the lead's draft, the way a consortium
//! works: each partner sends its part ([`super::part`]), the lead merges them.
//!
//! [`plan_merge`] says, before anything changes, which partner of the draft
//! each part goes to (by SIRET when both have one, else by exact name, else a
//! new partner), which lines are added, replaced, removed or unchanged, the
//! figures before and after, and every conflict — as typed facts, never
//! resolved silently and worded by the text module. [`apply_merge`] does it:
//! each part's lines replace its partner's lines, with fresh ids; the
//! draft's identity of a partner is kept (a difference is a conflict).

use super::part::PartFile;
use crate::assess::{assess, Verdict};
use crate::draft::{BudgetLine, Category, Country, Draft, Partner, PartnerKind, Role};
use crate::format::{MAX_BUDGET_LINES, MAX_PARTNERS};
use crate::rules::PartnerRef;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// A part as the plan names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartRef {
    /// Its place in the list of parts given, from 1.
    pub position: usize,
    /// The partner's name in the part, trimmed (empty when not given).
    pub partner: String,
}

/// How a part's partner was found among the draft's partners.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchKind {
    /// Same SIRET.
    Siret,
    /// No SIRET in common; same name.
    Name,
    /// Not found: added as a new partner (never as lead).
    Added,
}

/// One part and the partner of the merged draft it goes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartMatch {
    /// The part.
    pub part: PartRef,
    /// The partner in the merged draft.
    pub partner: PartnerRef,
    /// How it was found.
    pub how: MatchKind,
    /// The title of the draft the part was exported from, when it differs
    /// from the draft's: said for information, never a conflict (a partner
    /// types the title as it knows it; the lines are what counts).
    pub other_title: Option<String>,
}

/// A budget line as the plan shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineSummary {
    /// Its label, trimmed.
    pub label: String,
    /// Its category.
    pub category: Category,
    /// Its amount (`None`: not given yet).
    pub amount: Option<Decimal>,
    /// Permanent staff or not (`None`: not said yet).
    pub permanent_staff: Option<bool>,
}

impl LineSummary {
    fn of(line: &BudgetLine) -> LineSummary {
        LineSummary {
            label: line.label.trim().to_string(),
            category: line.category,
            amount: line.amount,
            permanent_staff: line.permanent_staff,
        }
    }
}

/// What happens to one line of a partner: lines are paired by label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineChange {
    /// A label the draft does not have for this partner.
    Added(LineSummary),
    /// The same label with another category, amount or staff status.
    Replaced {
        /// The draft's line.
        before: LineSummary,
        /// The part's line.
        after: LineSummary,
    },
    /// A line of the draft whose label the part does not have.
    Removed(LineSummary),
    /// The same line in both.
    Unchanged(LineSummary),
}

/// What the merge does to one partner's lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerChanges {
    /// The partner, in the merged draft.
    pub partner: PartnerRef,
    /// Whether the merge adds it to the draft.
    pub added: bool,
    /// The parts whose lines it receives (more than one is a conflict).
    pub parts: Vec<PartRef>,
    /// Its lines: the part's in order, then those removed.
    pub changes: Vec<LineChange>,
}

/// How many lines of each kind of change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    /// Lines added.
    pub added: usize,
    /// Lines replaced.
    pub replaced: usize,
    /// Lines removed.
    pub removed: usize,
    /// Lines unchanged.
    pub unchanged: usize,
}

impl PartnerChanges {
    /// How many lines are added, replaced, removed and unchanged.
    pub fn counts(&self) -> ChangeCounts {
        let mut n = ChangeCounts::default();
        for change in &self.changes {
            match change {
                LineChange::Added(_) => n.added += 1,
                LineChange::Replaced { .. } => n.replaced += 1,
                LineChange::Removed(_) => n.removed += 1,
                LineChange::Unchanged(_) => n.unchanged += 1,
            }
        }
        n
    }
}

/// A difference the merge does not settle by itself: the lead decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// The part's SIRET is one partner's, its name another's (the SIRET wins).
    SiretAndNameDisagree {
        /// The part.
        part: PartRef,
        /// The partner with the part's SIRET (the one it goes to).
        siret_partner: PartnerRef,
        /// The partner with the part's name.
        name_partner: PartnerRef,
    },
    /// Several parts go to the same partner: their lines are all taken, one after the other.
    SamePartnerTwice {
        /// The partner.
        partner: PartnerRef,
        /// The parts, in the order given.
        parts: Vec<PartRef>,
    },
    /// Found by SIRET under another name (the draft's name is kept).
    NameDiffers {
        /// The partner.
        partner: PartnerRef,
        /// The draft's name.
        draft: String,
        /// The part's name.
        part: String,
    },
    /// Found by name with another SIRET, or a SIRET the draft does not have (the draft's is kept).
    SiretDiffers {
        /// The partner.
        partner: PartnerRef,
        /// The draft's SIRET, if any.
        draft: Option<String>,
        /// The part's SIRET.
        part: String,
    },
    /// Another kind of structure (the draft's is kept).
    KindDiffers {
        /// The partner.
        partner: PartnerRef,
        /// The draft's kind.
        draft: PartnerKind,
        /// The part's kind.
        part: PartnerKind,
    },
    /// Another postcode (the draft's is kept).
    PostcodeDiffers {
        /// The partner.
        partner: PartnerRef,
        /// The draft's postcode (may be blank).
        draft: String,
        /// The part's postcode.
        part: String,
    },
    /// Another country (the draft's is kept).
    CountryDiffers {
        /// The partner.
        partner: PartnerRef,
        /// The draft's country.
        draft: Country,
        /// The part's country.
        part: Country,
    },
    /// Another VAT status (the draft's is kept).
    VatDiffers {
        /// The partner.
        partner: PartnerRef,
        /// The draft's (`None`: not known yet).
        draft: Option<bool>,
        /// The part's.
        part: bool,
    },
    /// The part says its partner leads; in the merged draft it does not.
    NotLead {
        /// The part.
        part: PartRef,
        /// The partner, who stays a partner.
        partner: PartnerRef,
    },
    /// The merged draft would hold more lines than the format allows (its file would be refused).
    TooManyLines {
        /// Lines in the merged draft.
        lines: usize,
        /// The most a draft holds.
        limit: usize,
    },
    /// The merged draft would hold more partners than the format allows.
    TooManyPartners {
        /// Partners in the merged draft.
        partners: usize,
        /// The most a draft holds.
        limit: usize,
    },
}

/// The figures the plan shows before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MergeFigures {
    /// The verdict.
    pub verdict: Verdict,
    /// Total costs.
    pub total_costs: Decimal,
    /// Eligible costs.
    pub eligible_costs: Decimal,
    /// The grant.
    pub grant: Decimal,
}

impl MergeFigures {
    fn of(draft: &Draft) -> Option<MergeFigures> {
        // A draft read from a file is always assessable; one built in code
        // with an amount out of bounds has no figures rather than a panic.
        assess(draft).ok().map(|a| MergeFigures {
            verdict: a.verdict,
            total_costs: a.total_costs,
            eligible_costs: a.eligible_costs,
            grant: a.grant,
        })
    }
}

/// What merging the parts into a draft would do, before doing it.
#[derive(Clone, Debug, PartialEq)]
pub struct MergePlan {
    /// Each part, in the order given, and where it goes.
    pub matches: Vec<PartMatch>,
    /// Each partner that receives lines, in the order of the merged draft.
    pub partners: Vec<PartnerChanges>,
    /// What the lead must decide.
    pub conflicts: Vec<Conflict>,
    /// The draft's figures (`None` when it cannot be assessed).
    pub before: Option<MergeFigures>,
    /// The merged draft's figures.
    pub after: Option<MergeFigures>,
    /// For each part, the id of its partner in the merged draft.
    targets: Vec<String>,
    /// The partners the merge adds, with their fresh ids.
    added: Vec<Partner>,
    /// The parts' lines, in the order given.
    lines: Vec<Vec<BudgetLine>>,
}

impl MergePlan {
    /// Whether the lead has anything to decide.
    pub fn has_conflicts(&self) -> bool {
        !self.conflicts.is_empty()
    }
}

/// Ids not used yet in a draft, the app's way: a prefix and a number.
struct FreshIds {
    taken: HashSet<String>,
    next: usize,
}

impl FreshIds {
    fn new<'a>(ids: impl Iterator<Item = &'a str>) -> FreshIds {
        let taken: HashSet<String> = ids.map(str::to_string).collect();
        FreshIds {
            next: taken.len() + 1,
            taken,
        }
    }

    fn of(draft: &Draft) -> FreshIds {
        FreshIds::new(
            draft
                .partners
                .iter()
                .map(|p| p.id.as_str())
                .chain(draft.budget.iter().map(|l| l.id.as_str())),
        )
    }

    fn take(&mut self, prefix: &str) -> String {
        loop {
            let id = format!("{prefix}{}", self.next);
            self.next += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// Postcodes compared as the rules read them: without spaces.
fn same_postcode(a: &str, b: &str) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squeeze(a) == squeeze(b)
}

fn part_ref(part: &PartFile, index: usize) -> PartRef {
    PartRef {
        position: index + 1,
        partner: part.partner.name.trim().to_string(),
    }
}

fn partner_ref(partner: &Partner, index: usize) -> PartnerRef {
    PartnerRef {
        id: partner.id.clone(),
        position: index + 1,
        name: partner.name.trim().to_string(),
    }
}

/// The differences between the draft's partner and the part's, as conflicts.
fn identity_conflicts(known: &Partner, theirs: &Partner, who: &PartnerRef) -> Vec<Conflict> {
    let mut out = Vec::new();
    let partner = || who.clone();
    // Only what the part says: a blank or unknown value in the part loses nothing.
    if !theirs.name.trim().is_empty() && known.name.trim() != theirs.name.trim() {
        out.push(Conflict::NameDiffers {
            partner: partner(),
            draft: known.name.trim().to_string(),
            part: theirs.name.trim().to_string(),
        });
    }
    if let Some(siret) = &theirs.siret {
        if known.siret.as_ref() != Some(siret) {
            out.push(Conflict::SiretDiffers {
                partner: partner(),
                draft: known.siret.as_ref().map(|s| s.as_str().to_string()),
                part: siret.as_str().to_string(),
            });
        }
    }
    if known.kind != theirs.kind {
        out.push(Conflict::KindDiffers {
            partner: partner(),
            draft: known.kind,
            part: theirs.kind,
        });
    }
    if !theirs.postcode.trim().is_empty() && !same_postcode(&known.postcode, &theirs.postcode) {
        out.push(Conflict::PostcodeDiffers {
            partner: partner(),
            draft: known.postcode.trim().to_string(),
            part: theirs.postcode.trim().to_string(),
        });
    }
    if known.country != theirs.country {
        out.push(Conflict::CountryDiffers {
            partner: partner(),
            draft: known.country,
            part: theirs.country,
        });
    }
    if let Some(vat) = theirs.vat_recoverable {
        if known.vat_recoverable != Some(vat) {
            out.push(Conflict::VatDiffers {
                partner: partner(),
                draft: known.vat_recoverable,
                part: vat,
            });
        }
    }
    out
}

/// Lines paired by label (trimmed, in order): same label and same line is
/// unchanged, same label otherwise replaced, a new label added, a label
/// gone removed.
fn line_changes(before: &[&BudgetLine], after: &[&BudgetLine]) -> Vec<LineChange> {
    let mut paired = vec![false; before.len()];
    let mut changes = Vec::with_capacity(after.len());
    for line in after {
        let new = LineSummary::of(line);
        let old = before
            .iter()
            .enumerate()
            .position(|(i, old)| !paired[i] && old.label.trim() == new.label);
        changes.push(match old {
            Some(i) => {
                paired[i] = true;
                let old = LineSummary::of(before[i]);
                if old == new {
                    LineChange::Unchanged(new)
                } else {
                    LineChange::Replaced {
                        before: old,
                        after: new,
                    }
                }
            }
            None => LineChange::Added(new),
        });
    }
    for (line, paired) in before.iter().zip(paired) {
        if !paired {
            changes.push(LineChange::Removed(LineSummary::of(line)));
        }
    }
    changes
}

/// What merging `parts` into `draft` would do: where each part goes, each
/// partner's line changes, the conflicts, the figures before and after.
pub fn plan_merge(draft: &Draft, parts: &[PartFile]) -> MergePlan {
    let mut ids = FreshIds::of(draft);
    // The draft's partners, then those added by earlier parts: a second part
    // for a partner added by the first finds it (and is a conflict).
    let mut known: Vec<Partner> = draft.partners.clone();
    let mut added = Vec::new();
    let mut matches = Vec::with_capacity(parts.len());
    let mut target_index = Vec::with_capacity(parts.len());
    let mut conflicts = Vec::new();
    let draft_title = draft.project.title.trim();
    for (i, part) in parts.iter().enumerate() {
        let theirs = &part.partner;
        let this_part = part_ref(part, i);
        let title = part.title.trim();
        let other_title = (!title.is_empty() && title != draft_title).then(|| title.to_string());
        let by_siret = theirs
            .siret
            .as_ref()
            .and_then(|s| known.iter().position(|k| k.siret.as_ref() == Some(s)));
        let name = theirs.name.trim();
        let by_name = (!name.is_empty())
            .then(|| known.iter().position(|k| k.name.trim() == name))
            .flatten();
        let (index, how) = match (by_siret, by_name) {
            (Some(s), by_name) => {
                if let Some(n) = by_name.filter(|n| *n != s) {
                    conflicts.push(Conflict::SiretAndNameDisagree {
                        part: this_part.clone(),
                        siret_partner: partner_ref(&known[s], s),
                        name_partner: partner_ref(&known[n], n),
                    });
                }
                (s, MatchKind::Siret)
            }
            (None, Some(n)) => (n, MatchKind::Name),
            (None, None) => {
                let partner = Partner {
                    id: ids.take("p"),
                    role: Role::Partner,
                    ..theirs.clone()
                };
                added.push(partner.clone());
                known.push(partner);
                (known.len() - 1, MatchKind::Added)
            }
        };
        let who = partner_ref(&known[index], index);
        if how != MatchKind::Added {
            conflicts.extend(identity_conflicts(&known[index], theirs, &who));
        }
        if theirs.role == Role::Lead && known[index].role != Role::Lead {
            conflicts.push(Conflict::NotLead {
                part: this_part.clone(),
                partner: who.clone(),
            });
        }
        matches.push(PartMatch {
            part: this_part,
            partner: who,
            how,
            other_title,
        });
        target_index.push(index);
    }
    // Each partner receiving lines, in the order of the merged draft.
    let mut receiving: Vec<usize> = target_index.clone();
    receiving.sort_unstable();
    receiving.dedup();
    let mut partners = Vec::with_capacity(receiving.len());
    for index in receiving {
        let from: Vec<usize> = (0..parts.len())
            .filter(|i| target_index[*i] == index)
            .collect();
        let partner = &known[index];
        let who = partner_ref(partner, index);
        let part_refs: Vec<PartRef> = from.iter().map(|i| part_ref(&parts[*i], *i)).collect();
        if from.len() > 1 {
            conflicts.push(Conflict::SamePartnerTwice {
                partner: who.clone(),
                parts: part_refs.clone(),
            });
        }
        let before: Vec<&BudgetLine> = if index < draft.partners.len() {
            draft
                .budget
                .iter()
                .filter(|l| l.partner == partner.id)
                .collect()
        } else {
            Vec::new()
        };
        let after: Vec<&BudgetLine> = from.iter().flat_map(|i| &parts[*i].lines).collect();
        partners.push(PartnerChanges {
            partner: who,
            added: index >= draft.partners.len(),
            parts: part_refs,
            changes: line_changes(&before, &after),
        });
    }
    let mut plan = MergePlan {
        matches,
        partners,
        conflicts,
        before: MergeFigures::of(draft),
        after: None,
        targets: target_index.iter().map(|i| known[*i].id.clone()).collect(),
        added,
        lines: parts.iter().map(|p| p.lines.clone()).collect(),
    };
    let merged = apply_merge(draft, &plan);
    if merged.budget.len() > MAX_BUDGET_LINES {
        plan.conflicts.push(Conflict::TooManyLines {
            lines: merged.budget.len(),
            limit: MAX_BUDGET_LINES,
        });
    }
    if merged.partners.len() > MAX_PARTNERS {
        plan.conflicts.push(Conflict::TooManyPartners {
            partners: merged.partners.len(),
            limit: MAX_PARTNERS,
        });
    }
    plan.after = MergeFigures::of(&merged);
    plan
}

/// The draft with the plan done: the partners it adds (as partners, never
/// lead), and each receiving partner's lines replaced by its parts' lines,
/// with fresh ids, where its first line was (at the end if it had none).
pub fn apply_merge(draft: &Draft, plan: &MergePlan) -> Draft {
    let mut merged = draft.clone();
    for partner in &plan.added {
        if merged.partner(&partner.id).is_none() {
            merged.partners.push(partner.clone());
        }
    }
    let mut ids = FreshIds::of(&merged);
    let mut receiving: Vec<&str> = Vec::new();
    for target in &plan.targets {
        if !receiving.contains(&target.as_str()) {
            receiving.push(target);
        }
    }
    let mut incoming: Vec<(String, Vec<BudgetLine>)> = receiving
        .iter()
        .map(|target| {
            // A plan made for another draft may name a partner this one
            // lacks: its lines are kept, with no partner chosen yet, rather
            // than pointing nowhere.
            let lines = plan
                .targets
                .iter()
                .zip(&plan.lines)
                .filter(|(t, _)| t == target)
                .flat_map(|(_, lines)| lines)
                .map(|line| BudgetLine {
                    id: ids.take("b"),
                    partner: if merged.partner(target).is_some() {
                        target.to_string()
                    } else {
                        String::new()
                    },
                    ..line.clone()
                })
                .collect();
            (target.to_string(), lines)
        })
        .collect();
    let mut budget = Vec::with_capacity(merged.budget.len());
    for line in merged.budget.drain(..) {
        match incoming
            .iter_mut()
            .find(|(target, _)| *target == line.partner)
        {
            // The partner's new lines go where its first old line was.
            Some((_, lines)) => budget.append(lines),
            None => budget.push(line),
        }
    }
    for (_, lines) in &mut incoming {
        budget.append(lines);
    }
    merged.budget = budget;
    merged
}
