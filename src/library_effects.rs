//! The browser work behind the reader's own documents: reading files and pasted text, keeping
//! them in IndexedDB, and running their analysis in the pipeline worker. Each outcome becomes a
//! [`LibraryAction`] for the reducer; nothing here holds state. Outside a browser (the prerender)
//! every function does nothing.

use std::rc::Rc;

use yew::Callback;

use crate::library::{LibraryAction, UserDocument};

/// Where the outcomes go (the app's reducer).
pub type Dispatch = Callback<LibraryAction>;

/// A running analysis; dropping it stops the worker.
#[cfg(target_arch = "wasm32")]
pub type Running = crate::pipeline_client::Running;
#[cfg(not(target_arch = "wasm32"))]
pub type Running = ();

/// Reads back the documents kept in this browser.
pub fn load(dispatch: Dispatch) {
    #[cfg(target_arch = "wasm32")]
    yew::platform::spawn_local(async move {
        use crate::document_store::load_all;
        let documents = match load_all().await {
            Ok(documents) => documents,
            Err(e) => {
                dispatch.emit(LibraryAction::Problem(format!(
                    "Your documents could not be read back: {e}."
                )));
                Vec::new()
            }
        };
        dispatch.emit(LibraryAction::Loaded(documents));
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = dispatch;
}

/// Reads `files`, refuses with a message each one that is not usable text, and adds and keeps
/// the others.
#[cfg(target_arch = "wasm32")]
pub fn add_files(dispatch: Dispatch, files: Vec<web_sys::File>) {
    yew::platform::spawn_local(async move {
        let mut documents = Vec::new();
        for file in files {
            let name = file.name();
            match read(&file).await {
                Ok(text) => documents.push(UserDocument { name, text }),
                Err(reason) => dispatch.emit(LibraryAction::Problem(format!(
                    "“{name}” was not added: {reason}."
                ))),
            }
        }
        add(dispatch, documents).await;
    });
}

/// Adds pasted text as the document `name` (true), or says why it cannot be added (false).
pub fn add_text(dispatch: Dispatch, name: String, text: &str) -> bool {
    match corpus::input::text_from_paste(text) {
        Ok(text) => {
            #[cfg(target_arch = "wasm32")]
            yew::platform::spawn_local(add(dispatch, vec![UserDocument { name, text }]));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (name, text);
            true
        }
        Err(reason) => {
            dispatch.emit(LibraryAction::Problem(format!(
                "The pasted text was not added: {reason}."
            )));
            false
        }
    }
}

/// Forgets the document `name`, here and in the browser's storage.
pub fn remove(dispatch: Dispatch, name: String) {
    #[cfg(target_arch = "wasm32")]
    yew::platform::spawn_local(async move {
        if let Err(e) = crate::document_store::remove(&name).await {
            dispatch.emit(LibraryAction::Problem(format!(
                "“{name}” is removed for now but may come back after a reload: {e}."
            )));
        }
        dispatch.emit(LibraryAction::Removed(name));
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (dispatch, name);
}

/// Starts analysing `documents` (the library's `generation`) in the pipeline worker.
pub fn analyse(
    dispatch: Dispatch,
    generation: u32,
    documents: Rc<Vec<UserDocument>>,
) -> Option<Running> {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::Cell;

        use crate::explorer::{Explorer, Shared};
        use crate::library::Preparation;
        use crate::pipeline_client::{start, Update};
        use crate::pipeline_job::Job;

        let job = Job {
            id: generation,
            documents: documents
                .iter()
                .map(|d| (d.name.clone(), d.text.clone()))
                .collect(),
        };
        let corpus = Cell::new(Some(job.corpus()));
        let on_update = {
            let dispatch = dispatch.clone();
            move |update| {
                let dispatch = dispatch.clone();
                dispatch.emit(match update {
                    Update::Progress { step, steps, label } => {
                        LibraryAction::Prepared(Preparation::Working {
                            generation,
                            step,
                            steps,
                            label,
                        })
                    }
                    Update::Done(derived) => {
                        let Some(corpus) = corpus.take() else { return };
                        // Reading the worker's message, assembling the explorer and the
                        // render that follows each run in a task of their own, so that none
                        // makes a long task.
                        crate::location::later(move || {
                            let explorer = crate::location::measured("pipeline: assemble", || {
                                Explorer::yours(&corpus, *derived)
                            });
                            crate::location::perf_measure("pipeline", "pipeline-start");
                            crate::location::later(move || {
                                crate::location::measured("pipeline: show", || {
                                    dispatch.emit(LibraryAction::Prepared(Preparation::Ready {
                                        generation,
                                        explorer: Shared::new(explorer),
                                    }))
                                })
                            });
                        });
                        return;
                    }
                    Update::Failed(reason) => failed(generation, &reason),
                })
            }
        };
        // The User Timing measure `pipeline` spans the whole analysis, from here until the
        // explorer is assembled (the startup benchmark reads it).
        crate::location::perf_mark("pipeline-start");
        match crate::location::measured("pipeline: start", || start(&job, on_update)) {
            Ok(running) => Some(running),
            Err(reason) => {
                dispatch.emit(failed(generation, &reason));
                None
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (dispatch, generation, documents);
        None
    }
}

/// The analysis of `generation` failed for `reason`.
#[cfg(target_arch = "wasm32")]
fn failed(generation: u32, reason: &str) -> LibraryAction {
    LibraryAction::Prepared(crate::library::Preparation::Failed {
        generation,
        message: format!("Your documents could not be analysed: {reason}."),
    })
}

/// Continues in a new task, so that reading, checking and showing a large document are short
/// tasks of their own rather than one long one.
#[cfg(target_arch = "wasm32")]
async fn next_task() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// The text of `file`, or why it is not usable.
#[cfg(target_arch = "wasm32")]
async fn read(file: &web_sys::File) -> Result<String, String> {
    use corpus::input::{check_size, text_from_bytes};
    check_size(file.size() as usize).map_err(|e| e.to_string())?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "the browser could not read it".to_string())?;
    next_task().await;
    crate::location::measured("documents: check", || {
        text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec())
    })
    .map_err(|e| e.to_string())
}

/// Adds `documents` at once, then keeps each in the browser; one that cannot be kept stays for
/// this visit, with a message.
#[cfg(target_arch = "wasm32")]
async fn add(dispatch: Dispatch, documents: Vec<UserDocument>) {
    use crate::document_store::put;
    if documents.is_empty() {
        return;
    }
    next_task().await;
    crate::location::measured("documents: add", || {
        dispatch.emit(LibraryAction::Added(documents.clone()))
    });
    for document in documents {
        if let Err(e) = put(&document).await {
            dispatch.emit(LibraryAction::Problem(format!(
                "“{}” is open, but it will be gone after a reload: {e}.",
                document.name
            )));
        }
    }
}
