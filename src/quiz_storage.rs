//! Quiz progress in the browser's localStorage: loading never fails (see `progress.rs`), data
//! that cannot be read is kept aside rather than deleted, and a refused write becomes a message.

use gloo::utils::window;
use web_sys::Storage;

use crate::progress::{LoadNotice, Progress};

const KEY: &str = "iom-explorer.progress";
/// Where unreadable data is kept, so that nothing is thrown away.
const ASIDE: &str = "iom-explorer.progress.unreadable";

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("this browser does not allow saving (storage is turned off)")]
    Unavailable,
    #[error("the browser refused to save (storage may be full)")]
    Refused,
}

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The stored progress and, when something was off, a message for the user.
pub fn load() -> (Progress, Option<String>) {
    let Some(storage) = storage() else {
        return (
            Progress::default(),
            Some(
                "This browser does not allow saving, so progress lasts for this visit only.".into(),
            ),
        );
    };
    let raw = storage.get_item(KEY).ok().flatten();
    let (progress, notice) = Progress::load(raw.as_deref());
    if notice.is_some() {
        if let Some(raw) = &raw {
            // Keep the original aside before it is overwritten by the next save.
            let _ = storage.set_item(ASIDE, raw);
        }
    }
    (progress, notice.as_ref().map(LoadNotice::message))
}

pub fn save(progress: &Progress) -> Result<(), StorageError> {
    let storage = storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(KEY, &progress.to_json())
        .map_err(|_| StorageError::Refused)
}

/// Removes all saved progress (after the user confirmed).
pub fn reset() -> Result<(), StorageError> {
    let storage = storage().ok_or(StorageError::Unavailable)?;
    storage.remove_item(KEY).map_err(|_| StorageError::Refused)
}

/// Today as days since 1970-01-01, for scheduling.
pub fn today() -> u32 {
    (js_sys::Date::now() / 86_400_000.0) as u32
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
