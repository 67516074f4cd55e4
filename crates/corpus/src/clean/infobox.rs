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
    "high commissioner",
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
        .filter_map(|label| {
            let rest = &text[label.len()..];
            // "Staff 8,400", "Founded: 1950", or "Legal statusActive" where markup that kept
            // label and value apart was stripped.
            let spaced = rest.starts_with(' ');
            let colon = rest.starts_with(": ");
            let glued = rest.starts_with(char::is_uppercase)
                && text[..label.len()].ends_with(char::is_lowercase);
            (spaced || colon || glued).then(|| (label, label.len() + usize::from(spaced || colon)))
        })
        .max_by_key(|(label, _)| label.len())
        .map(|(label, start)| (label.to_string(), start))
}

/// Whether an infobox line writes its label with a colon ("Founded: 1950"): a key-value line
/// even on its own.
pub(super) fn colon_field(text: &str) -> bool {
    infobox_field(text).is_some_and(|(label, _)| text[label.len()..].starts_with(':'))
}

/// The value part of an infobox line.
pub(super) fn field_value(text: &Mapped, label: &str) -> Mapped {
    let start = label.len().min(text.len());
    let start = (start..=text.len())
        .find(|&i| text.as_str().is_char_boundary(i))
        .unwrap_or(text.len());
    let value = text.slice(start..text.len()).trimmed();
    match value.as_str().strip_prefix(':') {
        Some(_) => value.slice(1..value.len()).trimmed(),
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infobox_fields_keep_label_and_value() {
        let raw = "Acme\nAcmé SA\nFounded 1901\nHeadquarters Lyon, France\nStaff 8,400\n\nAcme makes anvils.";
        let doc = clean(raw);
        let fields: Vec<_> = doc
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Field { label } => Some((label.as_str(), b.text.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            fields,
            [
                ("founded", "1901"),
                ("headquarters", "Lyon, France"),
                ("staff", "8,400")
            ]
        );
        assert_eq!(texts(&doc, BlockKind::Paragraph), ["Acme makes anvils."]);
    }
}
