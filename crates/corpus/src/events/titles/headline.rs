//! Headlines that read alone: the subject's short name for a pronoun, a missing subject or a
//! long full name, the clause after an opening phrase, a cut at a clause boundary; and the
//! rules that say why a title does not read alone.

use super::*;

/// Words that join a sentence to the one before it, not part of what happened.
const CONNECTORS: &[&str] = &[
    "In addition, ",
    "Additionally, ",
    "Moreover, ",
    "Furthermore, ",
    "However, ",
    "Meanwhile, ",
    "Finally, ",
    "Then, ",
    "Then ",
    "Also, ",
];

/// Words a headline does not end on.
pub(super) const HANGING: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "as", "its", "their", "which", "that", "was", "were", "is", "are", "has", "had",
];

/// A title that reads on its own: without the connector that tied its sentence to the one
/// before ("In addition, ", "also"), with the organization's short name for the pronoun that
/// stands for it ("It provided ..." → "IOM provided ...") and for its full name, and cut at a
/// clause boundary to about 80 characters, never with "…" nor on a hanging word. When the cut
/// would leave only an opening phrase ("With the fall of the Berlin Wall"), the clause after
/// it is the title.
pub fn headline(title: &str, short: &str, full: &str) -> String {
    let mut text = title.trim().to_string();
    for c in CONNECTORS {
        if let Some(rest) = text.strip_prefix(c) {
            text = capitalise(rest);
        }
    }
    text = text.replacen(" also ", " ", 1);
    if !short.is_empty() {
        if text.chars().count() > 80 && !full.is_empty() && full != short {
            text = shortened_name(&text, short, full, true);
            // Still too long: the acronym alone, rather than a name cut in two.
            if text.chars().count() > 80 {
                text = shortened_name(&text, short, full, false);
            }
        }
        text = with_name_for_pronoun(&text, short);
        text = with_name_for_missing_subject(&text, short);
    }
    let cut = capitalise(&cut_at_clause(&text, 80));
    if opening_phrase_only(&cut) {
        if let Some((_, clause)) = text.split_once(", ") {
            let clause = with_name_for_pronoun(&capitalise(clause), short);
            let title = capitalise(&cut_at_clause(&clause, 80));
            if unreadable(&title).is_none() {
                return title;
            }
        }
    }
    cut
}

/// A long title with the organization's short name for its full one ("The Constitution of the
/// Acme Relief Agency was concluded" → "The Constitution of ARA was concluded"), not where the
/// full name is given with its acronym ("the Acme Relief Agency (ARA)") unless `defined` is
/// false (then that is "ARA" too).
fn shortened_name(text: &str, short: &str, full: &str, defined: bool) -> String {
    let mut out = String::new();
    let mut rest = text;
    let given = format!(" ({short})");
    while let Some(at) = rest.find(full) {
        let mut after = &rest[at + full.len()..];
        let mut head = &rest[..at];
        if after.starts_with(" (") && (defined || !after.starts_with(&given)) {
            out.push_str(&rest[..at + full.len()]);
        } else {
            after = after.strip_prefix(given.as_str()).unwrap_or(after);
            if let Some(h) = head.strip_suffix("the ") {
                head = h;
            }
            out.push_str(head);
            out.push_str(short);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// "It provided ..." → "IOM provided ...", "Its staff" → "IOM’s staff".
fn with_name_for_pronoun(text: &str, short: &str) -> String {
    if short.is_empty() {
        return text.to_string();
    }
    if let Some(rest) = text.strip_prefix("It ") {
        format!("{short} {rest}")
    } else if let Some(rest) = text.strip_prefix("Its ") {
        format!("{short}’s {rest}")
    } else {
        text.to_string()
    }
}

/// "Received the Nobel Peace Prize" (a list item, a note that goes on without its subject) →
/// "ILO received the Nobel Peace Prize": a verb in the past with its object, not a participle
/// with its agent or place ("Established in 1919 by the treaty") nor the titles that name a
/// founding or a naming.
fn with_name_for_missing_subject(text: &str, short: &str) -> String {
    let mut words = text.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return text.to_string();
    };
    let verb = first.to_lowercase();
    let own = ["founded", "named", "renamed", "formally"].contains(&verb.as_str());
    let object = matches!(second, "the" | "a" | "an" | "its" | "their" | "his" | "her")
        || second.starts_with(char::is_uppercase);
    if first.starts_with(char::is_uppercase) && clauses::past_tense(&verb) && !own && object {
        format!("{short} {verb}{}", &text[first.len()..])
    } else {
        text.to_string()
    }
}

/// Prepositions that open a phrase set before a sentence's clause.
const OPENING: &[&str] = &[
    "With",
    "After",
    "Following",
    "During",
    "Amid",
    "Despite",
    "Before",
    "Since",
    "Under",
    "Through",
    "Upon",
    "Throughout",
];

/// Words that make a clause of a phrase.
const VERBS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "became", "becomes", "began",
    "begins", "made", "makes", "took", "takes", "gave", "gives", "won", "led", "leads", "left",
    "set", "sets", "grew", "grows", "rose", "built", "held", "holds", "met", "fell", "ran", "runs",
];

/// A lower-case word that makes a clause: one of [`VERBS`], or a past ending in "-ed".
fn verb_like(word: &str) -> bool {
    VERBS.contains(&word) || word.len() > 4 && word.ends_with("ed")
}

/// "With the fall of the Berlin Wall and the beginning of the era of globalization": an opening
/// phrase without the clause it stood before (no word that makes a clause of it).
fn opening_phrase_only(title: &str) -> bool {
    let mut words = title.split_whitespace();
    let opens = words
        .next()
        .is_some_and(|w| OPENING.contains(&w.trim_end_matches(',')));
    opens
        && !title.split_whitespace().skip(1).any(|w| {
            verb_like(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase(),
            )
        })
}

/// "... the evacuation operation organized": a title that ends on a participle whose agent was
/// cut away and has no other verb (so not "was concluded", "Formally established", nor "its
/// reach grew and its members doubled").
fn participle_cut_from_its_agent(title: &str) -> bool {
    let words: Vec<String> = title
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // A name before it is the subject of a verb ("the Refugee Office closed").
    let after_a_name = title
        .split_whitespace()
        .rev()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    match words.as_slice() {
        [_, ..] if after_a_name => false,
        [first, .., before, last] => {
            let participle = last.len() > 4 && last.ends_with("ed");
            let helped = VERBS.contains(&before.as_str())
                || before.ends_with("ly")
                || ["been", "being", "get", "got"].contains(&before.as_str());
            let other_verb = words[..words.len() - 1]
                .iter()
                .skip(usize::from(first.ends_with("ed")))
                .any(|w| verb_like(w));
            participle && !helped && !other_verb
        }
        _ => false,
    }
}

/// `text` cut to at most about `max` characters at the last clause boundary (a comma, a dash, a
/// semicolon, or a word that opens a clause) that leaves a headline of some length.
fn cut_at_clause(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let limit = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    let min = limit / 3;
    let boundary = [
        ", ",
        " – ",
        " — ",
        "; ",
        " (",
        " which ",
        " who ",
        " to ",
        " as ",
        " after ",
        " on behalf of ",
    ]
    .iter()
    .flat_map(|b| text.match_indices(b).map(|(i, _)| i))
    .filter(|&i| i >= min && i <= limit)
    .max()
    .unwrap_or_else(|| head.rfind(' ').unwrap_or(head.len()));
    let mut cut = text[..boundary]
        .trim_end_matches([',', ';', ':', ' ', '–', '—', '('])
        .to_string();
    // Never end on a word that leaves the headline hanging.
    while let Some((rest, last)) = cut.rsplit_once(' ') {
        let agent_cut = text[cut.len()..].trim_start().starts_with("by ")
            && last.len() > 4
            && last.ends_with("ed");
        if HANGING.contains(&last.to_lowercase().as_str()) || agent_cut {
            cut = rest.trim_end_matches([',', ';', ':']).to_string();
        } else {
            break;
        }
    }
    cut
}

/// Why a title cannot be read on its own, if it cannot: it opens with a pronoun or a
/// connector, ends on a word that leaves it hanging or on a participle cut from its agent, is
/// only an opening phrase, is cut with "…", keeps a wiki fragment
/// ("Timor#Independence") or an emptied bracket, or is empty.
pub fn unreadable(title: &str) -> Option<&'static str> {
    // Fewer words than a cut avoids (`HANGING`): a whole sentence may end "as it was".
    const DANGLING: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
        "but", "as", "its", "their",
    ];
    const OPENERS: &[&str] = &[
        "It",
        "Its",
        "He",
        "She",
        "They",
        "Their",
        "This",
        "These",
        "Latter’s",
        "Latter's",
        "In",
        "And",
        "Then",
        "Also",
        "But",
        "However",
        "Moreover",
    ];
    let first = title.split_whitespace().next();
    let last = title
        .split_whitespace()
        .last()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let wiki_fragment = title
        .char_indices()
        .any(|(i, c)| c == '#' && title[..i].ends_with(char::is_alphanumeric));
    if title.trim().is_empty() {
        Some("empty")
    } else if first.is_some_and(|w| OPENERS.contains(&w.trim_end_matches(','))) {
        Some("opens with a pronoun or connector")
    } else if last.is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str())) {
        Some("ends hanging")
    } else if participle_cut_from_its_agent(title) {
        Some("ends on a participle cut from its agent")
    } else if opening_phrase_only(title) {
        Some("an opening phrase without its clause")
    } else if title.contains('…') {
        Some("cut with …")
    } else if wiki_fragment {
        Some("wiki fragment")
    } else if title.contains("( )") || title.contains("()") {
        Some("empty brackets")
    } else {
        None
    }
}
