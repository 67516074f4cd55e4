//! Lines and logical lines: raw lines grouped by blank lines, hover cards folded into the
//! sentence they interrupted.

use super::*;

/// A raw piece of a logical line and whether a space joins it to the previous piece.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub(super) range: Range<usize>,
    pub(super) space_before: bool,
}

pub(super) type Logical = Vec<Piece>;

/// Trimmed byte ranges of the raw lines (blank lines give empty ranges).
pub(super) fn line_ranges(raw: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in raw.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        out.push(start + lead..start + lead + trimmed.len());
        start += line.len() + 1;
    }
    out
}

/// Groups of logical lines, separated by blank lines. Hover cards are reduced to their linked
/// term and the sentence they interrupted is joined again; in a hard-wrapped document the lines
/// of a paragraph are joined into one logical line ([`super::wrap`]).
pub(super) fn logical_groups(raw: &str, removed: &mut BTreeMap<Noise, usize>) -> Vec<Vec<Logical>> {
    let mut groups: Vec<Vec<Logical>> = Vec::new();
    let mut group: Vec<Logical> = Vec::new();
    // After a hover card: the linked term, waiting for the rest of its sentence.
    let mut pending_term: Option<String> = None;

    let lines = line_ranges(raw);
    let width = wrap_width(raw, &lines);
    // The last raw line of the group, and whether it was reached by a wrap.
    let mut prev: Option<(Range<usize>, bool)> = None;

    for (i, range) in lines.iter().cloned().enumerate() {
        let line = &raw[range.clone()];
        let last = prev.take();
        if line.is_empty() {
            if pending_term.is_none() && !group.is_empty() {
                groups.push(std::mem::take(&mut group));
            }
            continue;
        }
        if let Some(term_len) = hover_card_term(line) {
            count(removed, Noise::Gloss);
            let piece = Piece {
                range: range.start..range.start + term_len,
                space_before: true,
            };
            match group.last_mut() {
                Some(last) => last.push(piece),
                None => group.push(vec![piece]),
            }
            pending_term = Some(norm(&line[..term_len]));
            continue;
        }
        if let Some(term) = pending_term.take() {
            if norm(line) == term {
                // The linked term repeated on its own line: keep waiting for the sentence.
                count(removed, Noise::Duplicate);
                pending_term = Some(term);
                continue;
            }
            let piece = Piece {
                range,
                space_before: !continues_without_space(line),
            };
            match group.last_mut() {
                Some(last) => last.push(piece),
                None => group.push(vec![piece]),
            }
            continue;
        }
        let next: Vec<&str> = lines[i + 1..]
            .iter()
            .take(2)
            .map(|r| &raw[r.clone()])
            .collect();
        let wrap =
            last.and_then(|(last, running)| continues(width, &raw[last], line, &next, running));
        match (wrap, group.last_mut()) {
            (Some(space_before), Some(logical)) => {
                logical.push(Piece {
                    range: range.clone(),
                    space_before,
                });
                prev = Some((range, true));
            }
            _ => {
                group.push(vec![Piece {
                    range: range.clone(),
                    space_before: false,
                }]);
                prev = Some((range, false));
            }
        }
    }
    if !group.is_empty() {
        groups.push(group);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_crlf_ends_go() {
        let raw = "  One\r\n\r\nTwo  \r\n";
        let lines: Vec<&str> = line_ranges(raw).into_iter().map(|r| &raw[r]).collect();
        assert_eq!(lines, ["One", "", "Two", ""]);
    }

    #[test]
    fn blank_lines_make_groups_and_wraps_make_one_logical_line() {
        let raw = "A heading\nThe first line goes on and on and on until the line is full\nand ends here.\n\nNext.";
        let groups = logical_groups(raw, &mut BTreeMap::new());
        let shape: Vec<Vec<usize>> = groups
            .iter()
            .map(|g| g.iter().map(Vec::len).collect())
            .collect();
        assert_eq!(shape, [vec![1, 2], vec![1]]);
    }
}
