//! Amounts of money: budgets and revenue.

use super::*;

impl Context<'_> {
    pub(super) fn budget(&self) -> Vec<Claim> {
        let mut out = Vec::new();
        let amounts: Vec<&NumberMention> = self
            .numbers
            .iter()
            .filter(|n| n.currency.is_some())
            .collect();
        for (i, n) in amounts.iter().enumerate() {
            let before = tail(&self.lower[..n.range.start], 60);
            let converted = i > 0 && is_conversion(self.text, amounts[i - 1], n);
            if !before.contains("budget") || converted {
                continue;
            }
            let value = Value::Money {
                value: n.value,
                currency: n.currency.clone().unwrap_or_default(),
                qualifier: n.qualifier.clone(),
            };
            out.push(self.claim(Predicate::budget(), value, self.as_of()));
        }
        out
    }
}

/// Whether `amount` is `previous` converted into another currency, in brackets right after it:
/// "CHF 2.8 billion (about US$3 billion)", "US$5 million (then £1,250,000)". One claim, not two.
pub(super) fn is_conversion(text: &str, previous: &NumberMention, amount: &NumberMention) -> bool {
    let Some(between) = text.get(previous.range.end..amount.range.start) else {
        return false;
    };
    let Some(words) = between.trim().strip_prefix('(') else {
        return false;
    };
    let words: Vec<&str> = words.split_whitespace().collect();
    words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_and_its_conversion_are_one_claim() {
        let subject = Subject::default();
        for text in [
            "Its budget for 2023 is CHF 2.8 billion (about US$3 billion), mostly from states.",
            "It started with a budget of US$5 million (then £1,250,000).",
        ] {
            let source = Source {
                doc: DocId(0),
                quote: text.into(),
                start: 0,
                end: text.len(),
            };
            let budgets = Context::new(text, source, &subject).budget();
            assert_eq!(budgets.len(), 1, "{text}: {budgets:?}");
        }
    }
}
