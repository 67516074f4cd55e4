//! The pipeline worker's side (runs in a dedicated Web Worker, off the page's main thread): takes
//! a [`Job`] from the page, reports each step, and sends the finished data back.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::pipeline_job::{decode, encode, result_reports, Job, Report};

/// Answers every job the page posts, one at a time, until the page terminates the worker.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = Uint8Array::new(&event.data()).to_vec();
        let reports = match decode::<Job>(&bytes) {
            Ok(job) => {
                let steps = job.steps();
                let derived = job.run(|step, label| {
                    post(
                        &reply,
                        &Report::Progress {
                            job: job.id,
                            step,
                            steps,
                            label,
                        },
                    )
                });
                result_reports(job.id, derived)
            }
            Err(message) => vec![Report::Failed { job: 0, message }],
        };
        for report in &reports {
            post(&reply, report);
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    post(&scope, &Report::Ready);
}

/// Posts `report` to the page, handing over its buffer rather than copying it.
fn post(scope: &DedicatedWorkerGlobalScope, report: &Report) {
    let bytes = Uint8Array::from(encode(report).as_slice());
    // Posting plain bytes to the page that created the worker cannot fail.
    let _ = scope.post_message_with_transfer(&bytes, &Array::of1(&bytes.buffer()));
}
