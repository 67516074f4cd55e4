//! The reader's own documents, kept in this browser's IndexedDB so that they are still there
//! after a reload. Nothing leaves the browser. Every operation is asynchronous and reports a
//! [`StoreError`] a reader can understand (storage turned off, storage full).

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

use crate::library::UserDocument;

const DATABASE: &str = "iom-explorer";
const VERSION: u32 = 1;
const STORE: &str = "documents";

/// Why the browser did not keep or give back the documents.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("this browser does not let the page keep documents (private browsing, or site data turned off)")]
    Unavailable,
    #[error("the browser's storage for this page is full (free some space, or remove a document)")]
    Full,
    #[error("the browser's storage failed ({0})")]
    Failed(String),
}

impl StoreError {
    fn from_js(error: JsValue) -> StoreError {
        match error.dyn_ref::<DomException>() {
            Some(e) if e.name() == "QuotaExceededError" => StoreError::Full,
            Some(e) if e.name() == "InvalidStateError" || e.name() == "SecurityError" => {
                StoreError::Unavailable
            }
            Some(e) => StoreError::Failed(e.message()),
            None => StoreError::Failed(
                error
                    .as_string()
                    .unwrap_or_else(|| "no reason given".into()),
            ),
        }
    }
}

/// Every kept document, in the order they were kept under their names.
pub async fn load_all() -> Result<Vec<UserDocument>, StoreError> {
    let store = store(IdbTransactionMode::Readonly).await?;
    let all = settled(&store.get_all().map_err(StoreError::from_js)?).await?;
    Ok(Array::from(&all)
        .iter()
        .filter_map(|record| {
            let field = |key: &str| Reflect::get(&record, &key.into()).ok()?.as_string();
            Some(UserDocument {
                name: field("name")?,
                text: field("text")?,
            })
        })
        .collect())
}

/// Keeps `document`, replacing any kept document of the same name.
pub async fn put(document: &UserDocument) -> Result<(), StoreError> {
    let record = Object::new();
    let set = |key: &str, value: &str| Reflect::set(&record, &key.into(), &value.into());
    set("name", &document.name).map_err(StoreError::from_js)?;
    set("text", &document.text).map_err(StoreError::from_js)?;
    let store = store(IdbTransactionMode::Readwrite).await?;
    store.put(&record).map_err(StoreError::from_js)?;
    committed(&store).await
}

/// Forgets the document called `name`.
pub async fn remove(name: &str) -> Result<(), StoreError> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    store
        .delete(&JsValue::from_str(name))
        .map_err(StoreError::from_js)?;
    committed(&store).await
}

/// The documents' object store in a new transaction, creating the database on first use.
async fn store(mode: IdbTransactionMode) -> Result<IdbObjectStore, StoreError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StoreError::Unavailable)?;
    let opening = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| StoreError::Unavailable)?;
    let upgrade = {
        let opening = opening.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = opening.result().and_then(|d| d.dyn_into::<IdbDatabase>()) {
                if !db.object_store_names().contains(STORE) {
                    let options = web_sys::IdbObjectStoreParameters::new();
                    options.set_key_path(&JsValue::from_str("name"));
                    let _ = db.create_object_store_with_optional_parameters(STORE, &options);
                }
            }
        })
    };
    opening.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db: IdbDatabase = settled(&opening).await?.unchecked_into();
    opening.set_onupgradeneeded(None);
    let store = db
        .transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE))
        .map_err(StoreError::from_js);
    // The connection closes once its transaction is done, rather than one staying open per call.
    db.close();
    store
}

/// The result of `request` once it succeeds.
async fn settled(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        request.set_onsuccess(Some(
            Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
            })
            .unchecked_ref(),
        ));
        let failed = request.clone();
        request.set_onerror(Some(
            Closure::once_into_js(move || {
                let error = failed.error().ok().flatten().map(JsValue::from);
                let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::UNDEFINED));
            })
            .unchecked_ref(),
        ));
    });
    JsFuture::from(promise).await.map_err(StoreError::from_js)
}

/// Waits until the transaction of `store` has been written (a full disk shows up here, as an
/// aborted transaction).
async fn committed(store: &IdbObjectStore) -> Result<(), StoreError> {
    let transaction = store.transaction();
    let promise = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(
            Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            })
            .unchecked_ref(),
        ));
        let failed = transaction.clone();
        let fail = Closure::once_into_js(move || {
            let error = failed.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::UNDEFINED));
        });
        transaction.set_onabort(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(StoreError::from_js)
}
