//! Infobox lines: a known label and its value.

use super::*;

/// Infobox labels that name a leader's title.
pub(crate) const LEADER_LABELS: &[&str] = &[
    "director general",
    "director-general",
    "secretary general",
    "secretary-general",
    "executive director",
    "president",
    "chairman",
    "chair",
    "leader",
];

/// Other labels that infoboxes of organizations, places and people use.
pub(super) const INFOBOX_LABELS: &[&str] = &[
    "abbreviation",
    "formation",
    "founded",
    "founder",
    "established",
    "dissolved",
    "type",
    "legal status",
    "purpose",
    "headquarters",
    "location",
    "coordinates",
    "region served",
    "area served",
    "membership",
    "members",
    "official languages",
    "official language",
    "languages",
    "working languages",
    "key people",
    "parent organization",
    "main organ",
    "budget",
    "revenue",
    "staff",
    "employees",
    "volunteers",
    "website",
    "formerly called",
    "motto",
];

/// `Label value` with a known infobox label: returns the label and where the value starts.
pub(super) fn infobox_field(text: &str) -> Option<(String, usize)> {
    if has_terminal_punctuation(text) || text.split_whitespace().count() > 30 {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    INFOBOX_LABELS
        .iter()
        .chain(LEADER_LABELS)
        .filter(|label| lower.starts_with(*label))
        .filter(|label| lower[label.len()..].starts_with(' '))
        .max_by_key(|label| label.len())
        .map(|label| (label.to_string(), label.len() + 1))
}

/// The value part of an infobox line.
pub(super) fn field_value(text: &Mapped, label: &str) -> Mapped {
    let start = label.len().min(text.len());
    let start = (start..=text.len())
        .find(|&i| text.as_str().is_char_boundary(i))
        .unwrap_or(text.len());
    text.slice(start..text.len()).trimmed()
}
