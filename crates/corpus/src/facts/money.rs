//! Amounts of money: budgets and revenue.

use super::*;

impl Context<'_> {
    pub(super) fn budget(&self) -> Vec<Claim> {
        let mut out = Vec::new();
        for n in self.numbers.iter().filter(|n| n.currency.is_some()) {
            let before = tail(&self.lower[..n.range.start], 60);
            if !before.contains("budget") {
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
