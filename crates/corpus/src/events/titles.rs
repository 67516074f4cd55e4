//! Event titles from sentences: the list part that holds the date, the sentence or clause
//! without its date phrase, shortened to a headline.

use super::*;

/// "Hungary 1956, Czechoslovakia 1968, Chile 1973": the list part that holds the date.
pub(super) fn list_segment(sentence: &str, mention: &DateMention) -> String {
    let is_cut = |c: char| matches!(c, ',' | ';' | ':' | '—' | '–');
    let start = sentence[..mention.range.start]
        .rfind(is_cut)
        .map_or(0, |i| {
            i + sentence[i..].chars().next().map_or(1, char::len_utf8)
        });
    let end = sentence[mention.range.end..]
        .find(is_cut)
        .map_or(sentence.len(), |i| mention.range.end + i);
    let segment = strip_connectors(sentence[start..end].trim().trim_end_matches('.'));
    if segment.split_whitespace().count() > 12 {
        return sentence_title(sentence, mention);
    }
    capitalise(segment)
}

/// A list item without the words that join it to the list ("such as the", "then the", "and").
pub(super) fn strip_connectors(item: &str) -> &str {
    const CONNECTORS: &[&str] = &[
        "and ",
        "such as ",
        "then ",
        "including ",
        "as well as ",
        "also ",
        "the ",
    ];
    let mut rest = item.trim();
    while let Some(next) = CONNECTORS.iter().find_map(|c| {
        rest.get(..c.len())
            .filter(|head| head.eq_ignore_ascii_case(c))
            .map(|_| &rest[c.len()..])
    }) {
        rest = next.trim_start();
    }
    rest
}

/// The sentence without its date phrase ("In September 2016, ", " on 19 October 1953"),
/// shortened to a headline.
pub(super) fn sentence_title(sentence: &str, mention: &DateMention) -> String {
    let mut before = &sentence[..mention.range.start];
    let mut after = &sentence[mention.range.end..];
    // "nine years (1976–1984) assisting": the brackets go with the date.
    if before.ends_with('(') && after.starts_with(')') {
        before = before[..before.len() - 1].trim_end();
        after = &after[1..];
    }
    let lower_before = before.to_ascii_lowercase();
    let preposition = [
        "as of ",
        "in ",
        "on ",
        "since ",
        "during the ",
        "during ",
        "from ",
        "by ",
        "of ",
    ]
    .iter()
    .find(|p| lower_before.ends_with(*p))
    .map_or(0, |p| p.len());
    let head = before[..before.len() - preposition].trim_end();
    let tail = after.trim_start_matches([',', ' ']);
    let joined = if head.is_empty() {
        tail.to_string()
    } else if tail.starts_with(['.', ',', ';']) || tail.is_empty() {
        format!("{head}{tail}")
    } else {
        format!("{head} {tail}")
    };
    let joined = without_lifespans(&joined);
    let joined = joined.trim().trim_end_matches(['.', ';', ',']).to_string();
    capitalise(&shorten(&joined, 110))
}

/// The title of one of two dates of a sentence: the words of its own clause ([`clauses`]),
/// with the subject of the sentence when the clause goes on without one, and without the other
/// date when both are in one clause ("It received the prize in 1954 and again in 1981").
pub(super) fn clause_title(sentence: &str, mention: &DateMention, all: &[DateMention]) -> String {
    let clause = clauses::clause_of(sentence, mention.range.clone());
    let mut text = String::new();
    let mut at = mention.range.start - clause.start;
    if let Some(subject) = clauses::missing_subject(sentence, &clause) {
        text.push_str(&subject);
        text.push(' ');
        at += subject.len() + 1;
    }
    let base = text.len();
    text.push_str(&sentence[clause.clone()]);
    // (Two dates that agree tell one moment twice: nothing to take out.)
    let other = all.iter().find(|m| {
        m.range != mention.range
            && clause.start <= m.range.start
            && m.range.end <= clause.end
            && !m.start.agrees_with(mention.start)
    });
    if let Some(other) = other {
        // Both dates in one clause: the other's phrase goes, with the words joining them when
        // they are few ("in 1954 and again in 1981").
        let prep = |m: &DateMention| {
            let start = base + m.range.start - clause.start;
            let before = text[..start].trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            let prep = matches!(word, "in" | "on" | "since" | "from" | "by" | "during");
            (
                if prep {
                    before.len() - word.len()
                } else {
                    start
                },
                base + m.range.end - clause.start,
            )
        };
        let (this, that) = (prep(mention), prep(other));
        let cut = if that.0 < this.0 {
            if this.0 - that.1 <= 20 {
                that.0..this.0
            } else {
                that.0..that.1
            }
        } else if that.0 - this.1 <= 20 {
            this.1..that.1
        } else {
            that.0..that.1
        };
        let end = at + mention.range.len();
        if cut.end <= at {
            text.replace_range(cut.clone(), "");
            at -= cut.len();
        } else if cut.start >= end {
            text.replace_range(cut, "");
        }
    }
    let local = DateMention {
        start: mention.start,
        end: mention.end,
        range: at..at + mention.range.len(),
    };
    sentence_title(&text, &local)
}

pub(super) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}
