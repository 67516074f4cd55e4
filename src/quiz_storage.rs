//! Quiz progress in the browser's localStorage: loading never fails (see `progress.rs`), data
//! that cannot be read is kept aside rather than deleted, and a refused write becomes a message.

use web_sys::Storage;

use crate::progress::{LoadNotice, Progress};

/// The storage key of the progress on the documents named `identity` (see
/// [`crate::explorer::Explorer::identity`]): the built-in documents keep the key they always had,
/// the reader's own have one per set of documents.
pub fn key(identity: &str) -> String {
    match identity {
        "builtin" => "iom-explorer.progress".to_string(),
        other => format!("iom-explorer.progress.{other}"),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("this browser does not allow saving (storage is turned off)")]
    Unavailable,
    #[error("the browser refused to save (storage may be full)")]
    Refused,
}

fn storage() -> Option<Storage> {
    crate::location::browser()?.local_storage().ok().flatten()
}

/// The stored progress and, when something was off, a message for the user. The build-time
/// prerender has no browser: nothing is stored there and there is nothing to say.
pub fn load(identity: &str) -> (Progress, Option<String>) {
    let Some(window) = crate::location::browser() else {
        return (Progress::default(), None);
    };
    let Some(storage) = window.local_storage().ok().flatten() else {
        return (
            Progress::default(),
            Some(
                "This browser does not allow saving, so progress lasts for this visit only.".into(),
            ),
        );
    };
    let key = key(identity);
    let raw = storage.get_item(&key).ok().flatten();
    let (progress, notice) = Progress::load(raw.as_deref());
    if notice.is_some() {
        if let Some(raw) = &raw {
            // Keep the original aside before it is overwritten by the next save.
            // Where unreadable data is kept, so that nothing is thrown away.
            let _ = storage.set_item(&format!("{key}.unreadable"), raw);
        }
    }
    (progress, notice.as_ref().map(LoadNotice::message))
}

pub fn save(identity: &str, progress: &Progress) -> Result<(), StorageError> {
    let storage = storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(&key(identity), &progress.to_json())
        .map_err(|_| StorageError::Refused)
}

/// Removes all saved progress (after the user confirmed).
pub fn reset(identity: &str) -> Result<(), StorageError> {
    let storage = storage().ok_or(StorageError::Unavailable)?;
    storage
        .remove_item(&key(identity))
        .map_err(|_| StorageError::Refused)
}

/// Today as days since 1970-01-01, for scheduling.
pub fn today() -> u32 {
    (now_ms() / 86_400_000.0) as u32
}

/// Milliseconds since 1970: the browser's clock, or the system's in the build-time prerender.
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64)
    }
}
