//! Event titles from sentences: the list part that holds the date, the sentence or clause
//! without its date phrase, shortened to a headline.

use super::*;

mod headline;

use headline::HANGING;
pub use headline::{headline, unreadable};

/// "Hungary 1956, Czechoslovakia 1968, Chile 1973": the list part that holds the date.
pub(super) fn list_segment(sentence: &str, mention: &DateMention, all: &[DateMention]) -> String {
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
    // "received the prize in 1917, in 1944 and in 1963": a list of dates, not of things; the
    // words before the first date say what happened.
    let said = all.iter().fold(segment.to_string(), |text, d| {
        text.replace(&sentence[d.range.clone()], "")
    });
    let bare = said
        .split_whitespace()
        .all(|w| HANGING.contains(&w.to_lowercase().as_str()));
    if bare {
        let first = all.first().map_or(mention.range.start, |d| d.range.start);
        let head = sentence[..first].trim_end();
        let head = ["in", "on", "since", "from", "by"]
            .iter()
            .find_map(|p| head.strip_suffix(p).filter(|h| h.ends_with(' ')))
            .unwrap_or(head);
        return capitalise(head.trim_end().trim_end_matches(','));
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
    // "the 2004 Afghan elections": a year that names a thing titles it by its name.
    if let Some(named) = attributive(before, after) {
        return capitalise(named);
    }
    // "nine years (1976–1984) assisting": the brackets go with the date.
    if before.ends_with('(') && after.starts_with(')') {
        before = before[..before.len() - 1].trim_end();
        after = &after[1..];
    }
    let lower_before = before.to_ascii_lowercase();
    // "by the late 1990s", "in the 1980s": the decade's article and part go with it.
    let decade = matches!(mention.start, Date::Decade(_));
    let part = ["the late ", "the early ", "the mid-", "the mid ", "the "]
        .iter()
        .find(|p| lower_before.ends_with(*p) && (decade || **p != "the "))
        .map_or(0, |p| p.len());
    let lower_before = &lower_before[..lower_before.len() - part];
    let before = &before[..before.len() - part];
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
    if let Some(title) = appositive_participle(head, after) {
        return title;
    }
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
    capitalise(&joined)
}

/// "The Refugee Convention, adopted on 28 July 1951, defines ...": the date dates the
/// participle set between commas, so the title is what it says of the phrase before it ("The
/// Refugee Convention was adopted"), not the sentence with a gap.
///
/// A relative clause dates the name just before it the same way ("... the successor to the
/// Health Office of the League, which was formed in 1921, after the war": "The Health Office
/// of the League was formed"), not the sentence's subject.
fn appositive_participle(head: &str, after: &str) -> Option<String> {
    let closed =
        after.trim_start().starts_with(',') || after.trim().trim_end_matches('.').is_empty();
    let (phrase, participle) = head.rsplit_once(", ")?;
    let participle = participle.trim();
    if let Some(participle) = relative_passive(participle) {
        let name = crate::facts::trailing_proper_phrase(phrase)?;
        let the = phrase
            .trim_end()
            .strip_suffix(name.as_str())
            .is_some_and(|before| before.trim_end().ends_with(" the"));
        let verb = if participle.0 { "were" } else { "was" };
        let article = if the { "the " } else { "" };
        return (closed && clauses::past_tense(participle.1))
            .then(|| capitalise(&format!("{article}{name} {verb} {}", participle.1)));
    }
    let one_word = !participle.contains(' ') && participle.starts_with(char::is_lowercase);
    if !closed || !one_word || !clauses::past_tense(participle) || phrase.trim().is_empty() {
        return None;
    }
    let noun = phrase.split(',').next()?.split_whitespace().last()?;
    let plural = noun.ends_with('s') && !noun.ends_with("ss") && !noun.ends_with("'s");
    let verb = if plural { "were" } else { "was" };
    // "The agency's predecessor, the Refugee Office, was created": an appositive keeps its commas.
    let comma = if phrase.contains(", ") { "," } else { "" };
    Some(capitalise(&format!(
        "{}{comma} {verb} {participle}",
        phrase.trim()
    )))
}

/// "which was formed", "that were set": whether the verb is plural, and its participle.
fn relative_passive(clause: &str) -> Option<(bool, &str)> {
    let mut words = clause.split_whitespace();
    let (relative, auxiliary, participle) = (words.next()?, words.next()?, words.next()?);
    let plural = match auxiliary {
        "was" => false,
        "were" => true,
        _ => return None,
    };
    (matches!(relative, "which" | "that") && words.next().is_none()).then_some((plural, participle))
}

/// The title of one of two dates of a sentence: the words of its own clause ([`clauses`]),
/// with the subject of the sentence when the clause goes on without one, and without the other
/// date when both are in one clause ("It received the prize in 1954 and again in 1981").
pub(super) fn clause_title(sentence: &str, mention: &DateMention, all: &[DateMention]) -> String {
    if let Some(title) = subordinate_title(sentence, mention) {
        return title;
    }
    // "Established in 1919 through the treaty, the ILO became a UN agency in 1946": a date in
    // the clause after an opening participle is titled by that clause.
    if let Some((opening, _)) = sentence.split_once(", ") {
        let first = opening
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if clauses::past_tense(&first) && mention.range.start > opening.len() {
            let start = opening.len() + 2;
            let local = DateMention {
                start: mention.start,
                end: mention.end,
                range: mention.range.start - start..mention.range.end - start,
            };
            return sentence_title(&sentence[start..], &local);
        }
    }
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

/// "The bureau's forerunner, the Refugee Office, had resettled a million people before it closed
/// in 1952": the date is the subordinate clause's, told of the sentence's subject ("The bureau's
/// forerunner, the Refugee Office, closed"), when a pronoun and a verb in the past are all that
/// stand between the conjunction and the date.
fn subordinate_title(sentence: &str, mention: &DateMention) -> Option<String> {
    let before = &sentence[..mention.range.start];
    let (at, conjunction) = [" before ", " after ", " until ", " when "]
        .iter()
        .filter_map(|c| before.rfind(c).map(|i| (i, c)))
        .max()?;
    let mut words = before[at + conjunction.len()..].split_whitespace();
    let pronoun = words.next()?;
    // "until its work ended in 1947": the subject's work.
    let possessed = if matches!(pronoun, "its" | "his" | "her" | "their") {
        Some(words.next()?)
    } else {
        None
    };
    let verb = words.next()?;
    let rest: Vec<&str> = words.collect();
    let ok = (possessed.is_some() || matches!(pronoun, "it" | "he" | "she" | "they"))
        && clauses::past_tense(verb)
        && rest.len() <= 1
        && rest.iter().all(|w| ["in", "on", "by", "from"].contains(w));
    if !ok {
        return None;
    }
    let all: Vec<&str> = sentence.split_whitespace().collect();
    let first_verb = all.iter().position(|w| clauses::past_tense(w))?;
    let subject = all[..first_verb].join(" ");
    let subject = subject.trim_end_matches(',');
    let subject = match possessed {
        Some(thing) => format!("{subject}’s {thing}"),
        None => subject.to_string(),
    };
    ((1..=10).contains(&first_verb)).then(|| capitalise(&format!("{subject} {verb}")))
}

/// The thing a year names when it stands before a name ("the 2004 Afghan elections" →
/// "Afghan elections"): a few words up to the next "and", comma or stop, one of them capitalised.
fn attributive<'a>(before: &str, after: &'a str) -> Option<&'a str> {
    if !before.ends_with(" the ") && before != "the " && before != "The " {
        return None;
    }
    let end = [" and ", ",", ".", ";", " in ", " of "]
        .iter()
        .filter_map(|b| after.find(b))
        .min()
        .unwrap_or(after.len());
    let phrase = after[..end].trim();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let named = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    (named && (2..=5).contains(&words.len())).then_some(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The title of `sentence` for the date written `written`, of value `date`.
    fn title_at(sentence: &str, written: &str, date: Date) -> String {
        let at = sentence.find(written).unwrap();
        let mention = DateMention {
            start: date,
            end: None,
            range: at..at + written.len(),
        };
        sentence_title(sentence, &mention)
    }

    #[test]
    fn the_part_of_a_decade_goes_with_it() {
        assert_eq!(
            title_at(
                "By the late 1990s a quarter of its staff were French.",
                "1990s",
                Date::Decade(1990)
            ),
            "A quarter of its staff were French"
        );
        assert_eq!(
            title_at(
                "It became a household name in the 1980s through its concerts.",
                "1980s",
                Date::Decade(1980)
            ),
            "It became a household name through its concerts"
        );
    }

    #[test]
    fn a_relative_clause_dates_the_name_before_it() {
        assert_eq!(
            title_at("The Acme Agency is the successor to the Harbour Office of the League, which was formed in 1921, after the war.", "1921", Date::Year(1921)),
            "The Harbour Office of the League was formed"
        );
        // Without a name before it, the sentence titles the date as before.
        assert_eq!(
            title_at(
                "It took over an office, which was opened in 1990.",
                "1990",
                Date::Year(1990)
            ),
            "It took over an office, which was opened"
        );
    }

    #[test]
    fn a_long_title_names_the_organization_by_its_acronym_rather_than_cut_in_two() {
        let title = "On that day the President of the Republic formally established the Acme Relief Agency (ARA)";
        assert_eq!(
            headline(title, "ARA", "Acme Relief Agency"),
            "On that day the President of the Republic formally established ARA"
        );
        // Short enough: the name stays with its acronym.
        let title = "The minister established the Acme Relief Agency (ARA)";
        assert_eq!(headline(title, "ARA", "Acme Relief Agency"), title);
    }

    #[test]
    fn headlines_read_alone() {
        assert_eq!(
            headline(
                "In addition, it also provided aid to survivors of the tsunami",
                "ARA",
                "Acme Relief Agency"
            ),
            "ARA provided aid to survivors of the tsunami"
        );
        assert_eq!(
            headline("On the Pacific island of Nauru, the agency operated a detention centre on behalf of the government", "ARA", "Acme Relief Agency"),
            "On the Pacific island of Nauru, the agency operated a detention centre"
        );
        let long = "The Constitution of the Acme Relief Agency was concluded in Venice as the Constitution of its forerunner";
        let cut = headline(long, "ARA", "Acme Relief Agency");
        assert!(cut.chars().count() <= 80 && !cut.ends_with('…'), "{cut}");
        assert!(unreadable(&cut).is_none(), "{cut}");
    }

    #[test]
    fn a_title_is_a_clause_not_the_phrase_before_it() {
        let title = headline(
            "With the opening of the borders and the end of the long cold war between the blocs, its reach became global, and its members doubled",
            "ARA",
            "Acme Relief Agency",
        );
        assert_eq!(title, "ARA’s reach became global, and its members doubled");
        assert_eq!(
            unreadable("With the opening of the borders and the end of the war"),
            Some("an opening phrase without its clause")
        );
        assert_eq!(
            unreadable("After the flood it opened an office in the capital"),
            None
        );
    }

    #[test]
    fn a_participle_keeps_its_agent_or_goes() {
        assert_eq!(
            unreadable("Dock workers during the airlift organized"),
            Some("ends on a participle cut from its agent")
        );
        assert_eq!(unreadable("The charter was concluded"), None);
        assert_eq!(unreadable("Formally established"), None);
        let title = headline(
            "Dock workers during the airlift organized by the Acme Relief Agency at the harbour of the northern port city",
            "ARA",
            "Acme Relief Agency",
        );
        assert!(title.contains("organized by ARA"), "{title}");
        let s = "Established in 1919 by a treaty, the Board became a UN agency in 1946.";
        let dates = crate::dates::find_dates(s);
        assert_eq!(
            clause_title(s, &dates[1], &dates),
            "The Board became a UN agency"
        );
        let s = "The Relief Board, created in 1920, fed refugees until its work ended in 1924.";
        let dates = crate::dates::find_dates(s);
        assert_eq!(
            clause_title(s, &dates[1], &dates),
            "The Relief Board’s work ended"
        );
        let s = "The Refugee Pact, adopted on 2 May 1933, defines who is a refugee.";
        let dates = crate::dates::find_dates(s);
        assert_eq!(sentence_title(s, &dates[0]), "The Refugee Pact was adopted");
        let s = "The bureau's forerunner, the Refugee Office, set up in 1920, had resettled many before it closed in 1931.";
        let dates = crate::dates::find_dates(s);
        assert_eq!(
            clause_title(s, &dates[1], &dates),
            "The bureau's forerunner, the Refugee Office closed"
        );
        assert_eq!(
            headline(
                "Named the Acme Relief Agency (ARA)",
                "ARA",
                "Acme Relief Agency"
            ),
            "Named the Acme Relief Agency (ARA)"
        );
        assert!(unreadable(&title).is_none(), "{title}");
    }
}
