//! Compact bytes for the views' data (from the build to the page, from the pipeline worker to
//! the page): postcard, with each sentence's text written once.
//!
//! The same sentence is quoted many times: by the document it is in, by the article, and by
//! every claim, fact and event it supports. Fields marked `#[serde(with = "crate::wire::text")]`
//! are written, while [`encode`] runs, as an index into a table of distinct texts that precedes
//! the value; [`decode`] reads the table first and the indices back into texts. Anywhere else
//! (JSON export, tests) those fields are plain strings.
//!
//! Such a field is a [`Text`]: one sentence's text shared by everything that quotes it, so that
//! quoting it copies a pointer, in the pipeline and in the decoded views alike.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A sentence's text, shared: cloning it copies a pointer, not the text.
pub type Text = Rc<str>;

/// What the `text` fields do on this thread right now.
enum Texts {
    Plain,
    /// Each distinct text written so far, with its place in the table.
    Writing(BTreeMap<String, u32>),
    Reading(Vec<Text>),
}

thread_local! {
    static TEXTS: RefCell<Texts> = const { RefCell::new(Texts::Plain) };
}

/// Sets the `text` fields' mode until dropped, even when (de)serialising fails or panics.
struct Mode;

impl Mode {
    fn set(texts: Texts) -> Mode {
        TEXTS.with(|t| *t.borrow_mut() = texts);
        Mode
    }
}

impl Drop for Mode {
    fn drop(&mut self) {
        TEXTS.with(|t| *t.borrow_mut() = Texts::Plain);
    }
}

/// `value` as bytes: the table of its distinct texts, then the value.
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, postcard::Error> {
    let mode = Mode::set(Texts::Writing(BTreeMap::new()));
    let body = postcard::to_allocvec(value)?;
    let mut list = Vec::new();
    TEXTS.with(|t| {
        if let Texts::Writing(index) = &mut *t.borrow_mut() {
            list.resize(index.len(), String::new());
            for (text, at) in std::mem::take(index) {
                list[at as usize] = text;
            }
        }
    });
    drop(mode);
    let mut bytes = postcard::to_allocvec(&list)?;
    bytes.extend_from_slice(&body);
    Ok(bytes)
}

/// A value back from [`encode`]'s bytes.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, postcard::Error> {
    let (list, body): (Vec<String>, &[u8]) = postcard::take_from_bytes(bytes)?;
    let _mode = Mode::set(Texts::Reading(list.into_iter().map(Text::from).collect()));
    postcard::from_bytes(body)
}

/// `#[serde(with = "crate::wire::text")]`: a text written once per [`encode`].
pub(crate) mod text {
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serializer};

    use super::{Text, Texts, TEXTS};

    pub fn serialize<S: Serializer>(text: &Text, serializer: S) -> Result<S::Ok, S::Error> {
        let text: &str = text;
        let at = TEXTS.with(|t| match &mut *t.borrow_mut() {
            Texts::Writing(index) => Some(index.get(text).copied().unwrap_or_else(|| {
                let at = index.len() as u32;
                index.insert(text.to_owned(), at);
                at
            })),
            _ => None,
        });
        match at {
            Some(at) => serializer.serialize_u32(at),
            None => serializer.serialize_str(text),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        if !TEXTS.with(|t| matches!(*t.borrow(), Texts::Reading(_))) {
            return String::deserialize(deserializer).map(Text::from);
        }
        let at = u32::deserialize(deserializer)? as usize;
        TEXTS
            .with(|t| match &*t.borrow() {
                Texts::Reading(list) => list.get(at).cloned(),
                _ => None,
            })
            .ok_or_else(|| D::Error::custom(format!("text {at} is not in the table")))
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Quote {
        #[serde(with = "crate::wire::text")]
        text: Text,
        at: usize,
    }

    fn quotes() -> Vec<Quote> {
        [
            "It was founded in 1951.",
            "It has 175 member states.",
            "It was founded in 1951.",
        ]
        .into_iter()
        .enumerate()
        .map(|(at, text)| Quote {
            text: text.into(),
            at,
        })
        .collect()
    }

    #[test]
    fn a_text_quoted_twice_is_written_once_and_read_back_twice() {
        let bytes = encode(&quotes()).unwrap();
        assert_eq!(bytes.windows(7).filter(|w| w == b"founded").count(), 1);
        let decoded = decode::<Vec<Quote>>(&bytes).unwrap();
        assert_eq!(decoded, quotes());
        // Read back as one shared text, not two copies.
        assert!(Text::ptr_eq(&decoded[0].text, &decoded[2].text));
    }

    #[test]
    fn outside_encode_and_decode_the_texts_are_plain_strings() {
        let plain = postcard::to_allocvec(&quotes()).unwrap();
        assert_eq!(plain.windows(7).filter(|w| w == b"founded").count(), 2);
        assert_eq!(
            postcard::from_bytes::<Vec<Quote>>(&plain).unwrap(),
            quotes()
        );
    }

    #[test]
    fn damaged_bytes_are_an_error_and_leave_the_texts_plain() {
        let bytes = encode(&quotes()).unwrap();
        assert!(decode::<Vec<Quote>>(&bytes[..bytes.len() - 3]).is_err());
        // An index past the table: the table says one text, the value asks for text 5.
        let mut lying = postcard::to_allocvec(&vec!["one"]).unwrap();
        lying.extend(postcard::to_allocvec(&(1u32, 5u32, 0usize)).unwrap());
        assert!(decode::<Vec<Quote>>(&lying).is_err());
        assert!(
            postcard::from_bytes::<Vec<Quote>>(&postcard::to_allocvec(&quotes()).unwrap()).is_ok()
        );
    }
}
