//! The FSRS-5 spaced-repetition scheduler (the one Anki offers), from its published formulas
//! and default weights, with whole days: a memory has a stability (days until the chance of
//! recall falls to 90 %) and a difficulty (1 to 10), both updated by each answer.

/// The default FSRS-5 weights, w0 to w18.
const W: [f64; 19] = [
    0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
    1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
];

/// DECAY = −0.5 and 0.9^(1/DECAY) − 1 = 19/81, so that the chance of recall is 90 % after `stability` days.
const FACTOR: f64 = 19.0 / 81.0;
/// The chance of recall a review is scheduled at.
pub const RETENTION: f64 = 0.9;
const MAX_INTERVAL: f64 = 36_500.0;

/// How an answer went. The quiz knows right and wrong: Good and Again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Grade {
    fn g(self) -> f64 {
        f64::from(self as u8)
    }
}

/// What is known of one memory.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Memory {
    /// Days until the chance of recall falls to 90 %.
    pub stability: f64,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f64,
}

/// D0(G) = w4 − e^(w5·(G−1)) + 1.
fn initial_difficulty(grade: Grade) -> f64 {
    W[4] - (W[5] * (grade.g() - 1.0)).exp() + 1.0
}

/// The memory after the first answer: S0(G) = w(G−1).
pub fn first(grade: Grade) -> Memory {
    Memory {
        stability: W[grade as usize - 1],
        difficulty: initial_difficulty(grade).clamp(1.0, 10.0),
    }
}

/// R(t, S) = (1 + FACTOR·t/S)^DECAY: the chance of recall `days` after the last review
/// (DECAY = −0.5: one over a square root).
pub fn retrievability(days: f64, stability: f64) -> f64 {
    1.0 / (1.0 + FACTOR * days / stability.max(0.01)).sqrt()
}

/// I(r, S) = S/FACTOR·(r^(1/DECAY) − 1), in whole days, at least one (1/DECAY = −2).
pub fn interval(stability: f64) -> u32 {
    let days = stability / FACTOR * (RETENTION.powi(-2) - 1.0);
    days.round().clamp(1.0, MAX_INTERVAL) as u32
}

/// ΔD = −w6·(G−3), damped linearly towards 10 and pulled back towards D0(Easy) by w7.
fn next_difficulty(d: f64, grade: Grade) -> f64 {
    let delta = -W[6] * (grade.g() - 3.0);
    let damped = d + delta * (10.0 - d) / 9.0;
    (W[7] * initial_difficulty(Grade::Easy) + (1.0 - W[7]) * damped).clamp(1.0, 10.0)
}

/// S′r = S·(1 + e^w8·(11−D)·S^−w9·(e^(w10·(1−R)) − 1)·penalty·bonus).
fn recall_stability(m: Memory, r: f64, grade: Grade) -> f64 {
    let hard = if grade == Grade::Hard { W[15] } else { 1.0 };
    let easy = if grade == Grade::Easy { W[16] } else { 1.0 };
    m.stability
        * (1.0
            + W[8].exp()
                * (11.0 - m.difficulty)
                * m.stability.powf(-W[9])
                * ((W[10] * (1.0 - r)).exp() - 1.0)
                * hard
                * easy)
}

/// S′f = w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R)), never above the stability before.
fn forget_stability(m: Memory, r: f64) -> f64 {
    let s = W[11]
        * m.difficulty.powf(-W[12])
        * ((m.stability + 1.0).powf(W[13]) - 1.0)
        * (W[14] * (1.0 - r)).exp();
    s.min(m.stability)
}

/// The memory after an answer `days` after the last one. The same day: S′ = S·e^(w17·(G−3+w18)).
pub fn review(m: Memory, grade: Grade, days: u32) -> Memory {
    let stability = if days == 0 {
        m.stability * (W[17] * (grade.g() - 3.0 + W[18])).exp()
    } else {
        let r = retrievability(f64::from(days), m.stability);
        match grade {
            Grade::Again => forget_stability(m, r),
            _ => recall_stability(m, r, grade),
        }
    };
    Memory {
        stability: stability.clamp(0.01, MAX_INTERVAL),
        difficulty: next_difficulty(m.difficulty, grade),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-3
    }

    #[test]
    fn the_first_answer_sets_the_memory_from_the_weights() {
        let good = first(Grade::Good);
        assert!(close(good.stability, 3.173));
        // D0(3) = 7.1949 − e^(0.5345·2) + 1 = 5.2824.
        assert!(close(good.difficulty, 5.2824), "{good:?}");
        // D0(1) = w4.
        assert!(close(first(Grade::Again).difficulty, 7.1949));
        assert_eq!(interval(good.stability), 3);
    }

    #[test]
    fn recall_is_ninety_percent_after_stability_days() {
        assert!(close(retrievability(10.0, 10.0), 0.9));
        assert!(close(retrievability(0.0, 10.0), 1.0));
        assert_eq!(interval(10.0), 10);
        assert_eq!(interval(0.2), 1, "never less than a day");
    }

    #[test]
    fn a_review_on_time_follows_the_formulas() {
        let m = first(Grade::Good);
        let after = review(m, Grade::Good, 3);
        // R = (1 + 19/81·3/3.173)^−0.5 = 0.9047 (three days on a 3.173-day memory).
        let r = retrievability(3.0, m.stability);
        assert!(close(r, 0.9047), "{r}");
        // S′ = 3.173·(1 + e^1.54575·(11 − 5.2823)·3.173^−0.1192·(e^(1.01925·0.0953) − 1)) = 10.739.
        assert!((after.stability - 10.739).abs() < 0.01, "{after:?}");
        // Good leaves D where it was but for the pull towards D0(4): 5.2824 → 5.2730.
        assert!(close(after.difficulty, 5.2730), "{after:?}");
        assert_eq!(interval(after.stability), 11);
    }

    #[test]
    fn a_lapse_shortens_and_hardens_the_memory() {
        let m = Memory {
            stability: 20.0,
            difficulty: 5.0,
        };
        let after = review(m, Grade::Again, 20);
        // S′f = 1.9395·5^−0.11·(21^0.29605 − 1)·e^(2.2698·0.1) = 2.98.
        assert!((after.stability - 2.98).abs() < 0.01, "{after:?}");
        assert!(after.difficulty > m.difficulty);
        assert!(review(m, Grade::Good, 20).stability > m.stability);
        // The same day, Good still adds a little: S·e^(0.51655·0.6621).
        assert!(close(
            review(m, Grade::Good, 0).stability,
            20.0 * (0.51655f64 * 0.6621).exp()
        ));
    }
}
