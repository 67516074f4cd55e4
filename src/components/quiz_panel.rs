//! The Quiz view: start screen, one question at a time, results; progress kept across visits with
//! spaced repetition, and the seed in the address so a class can share one quiz.

use corpus::quiz::generate;
use yew::prelude::*;

use crate::components::{QuizQuestion, QuizResults, QuizStart};
use crate::explorer::Explorer;
use crate::explorer::Shared;
use crate::location::replace;
use crate::progress::{Attempt, Progress};
use crate::quiz_session::{select, KeptQuiz, KeyAction, Phase, QuizSetup, Session};
use crate::quiz_storage::{load, now_ms, reset, save, today};
use crate::route::{Route, Tab};

#[derive(Properties, PartialEq)]
pub struct QuizPanelProps {
    pub explorer: Shared,
    /// The seed in the address (`#/quiz?seed=...`), if any.
    #[prop_or_default]
    pub seed: Option<u64>,
    /// The address named a seed that is not a number.
    #[prop_or_default]
    pub bad_seed: bool,
    /// The quiz to go on with, kept from the last time the tab was open.
    #[prop_or_default]
    pub kept: Option<KeptQuiz>,
    /// Called as the quiz moves on, so that it can be kept.
    pub onkeep: Callback<KeptQuiz>,
}

fn show_seed(explorer: &Explorer, seed: u64) {
    let mut route = explorer.link(Route::tab(Tab::Quiz));
    route.query.push(("seed".into(), seed.to_string()));
    replace(&route);
}

fn fresh_seed() -> u64 {
    (now_ms() as u64) % 1_000_000
}

#[component]
pub fn QuizPanel(props: &QuizPanelProps) -> Html {
    let loaded = use_state(|| load(&props.explorer.identity));
    let progress = use_state(|| loaded.0.clone());
    let notice = use_state(|| loaded.1.clone());
    let saving = use_state(|| None::<String>);
    let setup = use_state(|| {
        props
            .kept
            .as_ref()
            .map(|k| k.setup.clone())
            .unwrap_or_default()
    });
    let phase = use_state(|| {
        props
            .kept
            .as_ref()
            .map_or(Phase::Start, |k| k.phase.clone())
    });
    // Without a seed in the address, the kept quiz's or a fresh one: the questions are made for it
    // at once (so the view does not change size when the address catches up) and the effect
    // below shows it.
    let fresh = use_state(|| props.kept.as_ref().map_or_else(fresh_seed, |k| k.seed));
    let seed = props.seed.unwrap_or(*fresh);
    {
        let kept = KeptQuiz {
            identity: props.explorer.identity.clone(),
            seed,
            setup: (*setup).clone(),
            phase: (*phase).clone(),
        };
        let (onkeep, before) = (props.onkeep.clone(), props.kept.clone());
        use_effect_with(kept, move |kept| {
            if before.as_ref() != Some(kept) {
                onkeep.emit(kept.clone());
            }
        });
    }

    // A quiz always has its seed in the address, so that it can be shared.
    {
        let (notice, bad, fresh) = (notice.clone(), props.bad_seed, *fresh);
        let explorer = props.explorer.clone();
        use_effect_with(props.seed, move |seed| {
            if seed.is_none() {
                if bad {
                    notice.set(Some(
                        "That quiz link had no valid quiz number, so here is a new quiz.".into(),
                    ));
                }
                show_seed(&explorer, fresh);
            }
        });
    }
    let all = use_memo((props.explorer.clone(), seed), |(e, seed)| {
        crate::location::measured("quiz: generate", || generate(&e.analysis, *seed))
    });

    let persist = {
        let (saving, identity) = (saving.clone(), props.explorer.identity.clone());
        move |p: &Progress| {
            saving.set(save(&identity, p).err().map(|e| {
                format!(
                    "Your progress could not be saved: {e}. Your answers still count in this quiz."
                )
            }))
        }
    };
    let onstart = {
        let (all, setup, progress, phase, notice) = (
            all.clone(),
            setup.clone(),
            progress.clone(),
            phase.clone(),
            notice.clone(),
        );
        Callback::from(move |review: bool| {
            let chosen = select(
                &all,
                &QuizSetup {
                    review,
                    ..(*setup).clone()
                },
                &progress,
                today(),
            );
            if chosen.is_empty() {
                notice.set(Some(
                    "Nothing is due for review today: start a quiz instead.".into(),
                ));
            } else {
                phase.set(Phase::Asking(Session::new(seed, chosen, now_ms())));
            }
        })
    };
    let onchoose = {
        let phase = phase.clone();
        Callback::from(move |i: usize| {
            if let Phase::Asking(mut s) = (*phase).clone() {
                s.choose(i);
                phase.set(Phase::Asking(s));
            }
        })
    };
    let oncheck = {
        let (phase, progress, persist) = (phase.clone(), progress.clone(), persist.clone());
        Callback::from(move |_| {
            if let Phase::Asking(mut s) = (*phase).clone() {
                if let Some((fact, right)) = s.check() {
                    let mut p = (*progress).clone();
                    p.record(&fact, right, today());
                    persist(&p);
                    progress.set(p);
                }
                phase.set(Phase::Asking(s));
            }
        })
    };
    let onnext = {
        let (phase, progress, persist) = (phase.clone(), progress.clone(), persist.clone());
        Callback::from(move |_| {
            if let Phase::Asking(mut s) = (*phase).clone() {
                s.next();
                if s.finished() {
                    let seconds = ((now_ms() - s.started_ms) / 1000.0).max(0.0) as u32;
                    let mut p = (*progress).clone();
                    p.history.push(Attempt {
                        day: today(),
                        seed: s.seed,
                        score: s.score() as u32,
                        total: s.questions.len() as u32,
                        seconds,
                    });
                    persist(&p);
                    progress.set(p);
                    phase.set(Phase::Done(s, seconds));
                } else {
                    phase.set(Phase::Asking(s));
                }
            }
        })
    };
    // Keys are decided on the session as it is now (it is read at the key press, not at the
    // last redraw), so answers typed ahead of a slow redraw are neither lost nor misapplied.
    let onkey = {
        let phase = phase.clone();
        let (onchoose, oncheck, onnext) = (onchoose.clone(), oncheck.clone(), onnext.clone());
        Callback::from(move |key: String| {
            let action = match &*phase {
                Phase::Asking(s) => s.key_action(&key),
                _ => None,
            };
            match action {
                Some(KeyAction::Choose(i)) => onchoose.emit(i),
                Some(KeyAction::Check) => oncheck.emit(()),
                Some(KeyAction::Next) => onnext.emit(()),
                None => return false,
            }
            true
        })
    };
    let onretry = {
        let phase = phase.clone();
        Callback::from(move |_| {
            if let Phase::Done(s, _) = &*phase {
                phase.set(Phase::Asking(s.retry_missed(now_ms())));
            }
        })
    };
    let onnew = {
        let (phase, explorer) = (phase.clone(), props.explorer.clone());
        Callback::from(move |_| {
            phase.set(Phase::Start);
            show_seed(&explorer, fresh_seed());
        })
    };
    let onreset = {
        let (progress, notice) = (progress.clone(), notice.clone());
        let identity = props.explorer.identity.clone();
        Callback::from(move |_| {
            progress.set(Progress::default());
            notice.set(Some(match reset(&identity) {
                Ok(()) => "Your quiz progress has been reset.".to_string(),
                Err(e) => format!("Progress was reset for this visit, but {e}."),
            }));
        })
    };
    let day = today();
    let due = all
        .iter()
        .filter(|q| setup.kinds.contains(&q.kind) && progress.is_due(&q.fact, day))
        .count();
    let available = all.iter().filter(|q| setup.kinds.contains(&q.kind)).count();
    html! {
        <div class="quiz">
            <h2>{ "Quiz" }</h2>
            if let Some(message) = (*notice).clone() {
                <div class="notice" role="status">
                    <p>{ message }</p>
                    <button type="button" class="notice-dismiss" onclick={{ let notice = notice.clone(); move |_: MouseEvent| notice.set(None) }}>{ "Dismiss" }</button>
                </div>
            }
            if all.is_empty() {
                <p>{ "There are no questions to ask: questions are made from facts the documents state, such as dates (\"founded in 1951\"), figures (\"175 member states\") and names of people and places, and these documents state too few of them." }</p>
            } else {
                { match (*phase).clone() {
                    Phase::Start => html! {
                        <QuizStart setup={(*setup).clone()} {available} {due} history={progress.history.clone()} {seed}
                            onsetup={{ let setup = setup.clone(); Callback::from(move |s| setup.set(s)) }} {onstart} {onreset} />
                    },
                    Phase::Asking(s) => match s.current().cloned() {
                        Some(question) => html! {
                            <QuizQuestion explorer={props.explorer.clone()} {question} index={s.index} total={s.questions.len()}
                                chosen={s.chosen} checked={s.checked} {onchoose} {oncheck} {onnext} {onkey} />
                        },
                        None => Html::default(),
                    },
                    Phase::Done(s, seconds) => html! {
                        <QuizResults session={s} {seconds} {onretry} {onnew} saving={(*saving).clone().map(AttrValue::from)} />
                    },
                } }
            }
        </div>
    }
}
