//! The page's side of the pipeline worker: starts a worker for one job, relays its progress and
//! its result, and stops it when the job is no longer wanted.

use std::rc::Rc;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};

use crate::pipeline_job::{decode, encode, Assembly, Job, Report};
use corpus::Derived;

/// The worker script trunk writes next to `index.html` (`data-loader-shim`).
const WORKER_URL: &str = "./pipeline-worker_loader.js";

/// What the page hears about a job.
pub enum Update {
    Progress {
        step: usize,
        steps: usize,
        label: String,
    },
    Done(Box<Derived>),
    Failed(String),
}

/// A running job. Dropping it stops the worker (the documents changed, or the job is done).
pub struct Running {
    worker: Worker,
    _onmessage: Closure<dyn FnMut(MessageEvent)>,
    _onerror: Closure<dyn FnMut(ErrorEvent)>,
}

/// Hands the encoded job to the worker, moving its buffer rather than copying it.
fn send(worker: &Worker, job: &[u8]) -> Result<(), String> {
    let bytes = Uint8Array::from(job);
    worker
        .post_message_with_transfer(&bytes, &Array::of1(&bytes.buffer()))
        .map_err(|_| "the documents could not be handed to the background analysis".to_string())
}

impl Drop for Running {
    fn drop(&mut self) {
        // Messages the worker sent before it stopped may still be delivered; they must find no
        // handler rather than the closures dropped with this job.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// Starts `job` in a new worker; `on_update` hears its progress and then its result or failure.
pub fn start(job: &Job, on_update: impl Fn(Update) + 'static) -> Result<Running, String> {
    let worker = Worker::new(WORKER_URL)
        .map_err(|_| "this browser could not start the background analysis".to_string())?;
    let on_update = Rc::new(on_update);
    let id = job.id;
    let mut request = Some(encode(job));
    let mut assembly = Assembly::default();
    let onmessage = {
        let (on_update, worker) = (on_update.clone(), worker.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            let update =
                match crate::location::measured("pipeline: receive", || decode::<Report>(&bytes)) {
                    // The worker listens now: hand it the documents.
                    Ok(Report::Ready) => match request.take().map(|job| send(&worker, &job)) {
                        Some(Err(message)) => Update::Failed(message),
                        _ => return,
                    },
                    Ok(Report::Progress {
                        job,
                        step,
                        steps,
                        label,
                    }) if job == id => Update::Progress { step, steps, label },
                    Ok(Report::Piece { job, piece }) if job == id => {
                        assembly.add(piece);
                        return;
                    }
                    Ok(Report::Done { job, derived }) if job == id => {
                        let whole = std::mem::take(&mut assembly).finish(*derived);
                        Update::Done(Box::new(whole))
                    }
                    Ok(Report::Failed { message, .. }) => Update::Failed(message),
                    Ok(_) => return,
                    Err(message) => Update::Failed(message),
                };
            on_update(update);
        })
    };
    let onerror = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
        event.prevent_default();
        let detail = event.message();
        on_update(Update::Failed(if detail.is_empty() {
            "the background analysis stopped unexpectedly".into()
        } else {
            format!("the background analysis stopped unexpectedly ({detail})")
        }));
    });
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    Ok(Running {
        worker,
        _onmessage: onmessage,
        _onerror: onerror,
    })
}
