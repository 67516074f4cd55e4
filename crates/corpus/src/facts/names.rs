//! Former and current names with the year they were taken.

use super::*;
use crate::phrases::Phrases;

/// What a sentence says before a name it gives, in the order they are tried (found in one
/// pass: most sentences give no name).
const MARKERS: Phrases = Phrases::new(&[
    "first known as",
    "first known,",
    "born as",
    "established in",
    "founded in",
    "created in",
    "known as",
]);
/// A sentence about names ...
const NAME: Phrases = Phrases::new(&["name"]);
/// ... that says one changed.
const RENAMING: Phrases = Phrases::new(&["chang", "renam", "succession"]);

impl Context<'_> {
    /// Former and current names with the year they were taken: "first known as the X (ABC)",
    /// "established in 1951 as the X (ABC)", "name changes from A to B (BC) in 1952, to ...".
    pub(super) fn names(&self) -> Vec<Claim> {
        let mut out = Vec::new();
        let renaming = NAME.in_text(&self.lower) && RENAMING.in_text(&self.lower);
        if renaming {
            for d in &self.dates {
                if let Some(name) = name_before(self.text, d.range.start)
                    .or_else(|| name_after(self.text, d.range.end, &self.dates))
                {
                    out.push(self.claim(Predicate::name(), name, Some(d.start)));
                }
            }
            return out;
        }
        if !MARKERS.in_text(&self.lower) {
            return out;
        }
        for marker in MARKERS.list() {
            let Some(at) = self.lower.find(marker) else {
                continue;
            };
            let after = at + marker.len();
            let name = if marker.ends_with(" in") {
                // "established in 1951 as the X (ABC)"
                let rest = &self.lower[after..];
                let Some(as_at) = rest.find(" as ").filter(|&p| p < 12) else {
                    continue;
                };
                // The name itself after "as (the)", not "as the food aid arm of the X".
                let start = after + as_at + 4;
                let named = self.text[start..]
                    .trim_start_matches("the ")
                    .starts_with(char::is_uppercase);
                if !named {
                    continue;
                }
                name_after(self.text, start, &[])
            } else {
                name_after(self.text, after, &[])
            };
            if let Some(name) = name {
                let date = self.dates.first().map(|d| d.start);
                out.push(self.claim(Predicate::name(), name, date));
                break;
            }
        }
        out
    }
}

/// A name written just before `at`: "... the Intergovernmental Committee for Migration (ICM) in
/// 1980" (with only "in" between).
pub(super) fn name_before(text: &str, at: usize) -> Option<Value> {
    let before = text[..at].trim_end();
    let before = before.strip_suffix(" in")?.trim_end();
    let before = before.trim_end_matches(['”', '"', ',']);
    // Only a name right before "in <year>": "... (ICM) in 1980", not "... (ICM), and in 1980".
    let last = before.split_whitespace().last()?;
    if NAME_JOINERS.contains(&last) || last.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let (name_part, abbr) = match before.strip_suffix(')') {
        Some(b) => {
            let open = b.rfind('(')?;
            (b[..open].trim_end(), Some(b[open + 1..].to_string()))
        }
        None => (before, None),
    };
    let abbr = abbr.filter(|a| is_abbreviation(a));
    let name = trailing_proper_phrase(name_part)?;
    (name.split_whitespace().count() >= 2 || abbr.is_some()).then_some(Value::Name {
        name,
        abbreviation: abbr,
    })
}

/// The proper-name phrase that ends `text`.
pub(crate) fn trailing_proper_phrase(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for raw in text.split_whitespace().rev() {
        let bare = raw.trim_matches(|c: char| !c.is_alphanumeric());
        // "d'Hygiène", "l'Europe": an elided article before a capitalised word.
        let elided = ["d'", "l'", "d’", "l’"]
            .iter()
            .find_map(|p| bare.strip_prefix(p))
            .unwrap_or(bare);
        let capital = elided.chars().next().is_some_and(char::is_uppercase);
        let punctuated = raw.ends_with([',', ';', ':']) && !words.is_empty();
        if punctuated || !(capital || NAME_JOINERS.contains(&bare)) || bare.is_empty() {
            break;
        }
        // An abbreviation before a name belongs to another name ("PICMME the Committee").
        if is_abbreviation(bare) && !words.is_empty() {
            break;
        }
        words.push(bare);
        if raw.starts_with(['“', '"']) {
            break;
        }
    }
    words.reverse();
    while words.first().is_some_and(|w| NAME_JOINERS.contains(w)) {
        words.remove(0);
    }
    (words.len() >= 2).then(|| words.join(" "))
}

/// A name written after `at`, before the next date: "in 1952 to the “Intergovernmental
/// Commission for European Migration (ICEM)”".
pub(super) fn name_after(text: &str, at: usize, dates: &[DateMention]) -> Option<Value> {
    let end = dates
        .iter()
        .map(|d| d.range.start)
        .find(|&s| s > at)
        .unwrap_or(text.len());
    let window = &text[at..end];
    // Skip to the first capitalised word.
    let start = window
        .char_indices()
        .find(|&(i, c)| {
            c.is_uppercase() && (i == 0 || !window[..i].ends_with(|p: char| p.is_alphanumeric()))
        })?
        .0;
    let rest = &window[start..];
    let name = proper_phrase(rest)?;
    if name.split_whitespace().count() < 2 && !is_abbreviation(&name) {
        return None;
    }
    // An abbreviation in brackets right after the name (possibly after closing quotes).
    let after_name = &rest[rest.find(&name.split_whitespace().last()?.to_string())?..];
    let abbr = after_name
        .find('(')
        .filter(|&p| p < after_name.split_whitespace().next().map_or(0, str::len) + 6)
        .and_then(|p| {
            let inner = after_name[p + 1..].split([')', ',']).next()?;
            is_abbreviation(inner).then(|| inner.to_string())
        });
    if is_abbreviation(&name) {
        return Some(Value::Name {
            name: name.clone(),
            abbreviation: Some(name),
        });
    }
    Some(Value::Name {
        name,
        abbreviation: abbr,
    })
}

#[cfg(test)]
mod tests {

    use crate::facts::testing::{claims_of, has};

    #[test]
    fn renamings_give_each_name_its_year() {
        let c = claims_of("The Acme Union (AU) is a body. It was first known as the Provisional Acme Council (PAC). The body underwent a succession of name changes from PAC to the Acme Council (AC) in 1920, and finally to the Acme Union (AU) in 1950.");
        assert!(
            has(&c, "name", "Provisional Acme Council (PAC)", None),
            "{c:?}"
        );
        assert!(has(&c, "name", "Acme Council (AC)", Some("1920")), "{c:?}");
        assert!(has(&c, "name", "Acme Union (AU)", Some("1950")), "{c:?}");
    }
}
