//! What a user hands the explorer (a file's bytes, pasted text), checked before the pipeline sees
//! it: the size limit, and the specific reason a file is refused, in words a reader can act on.
//! The `export` command and the page's "Open documents" control both use it.

use std::fmt;

/// The largest document accepted, in bytes (5 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// How many leading bytes are inspected for signs of a binary file.
const SNIFF_BYTES: usize = 8 * 1024;

/// Why some bytes cannot be used as a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// No text at all, or only white space.
    Empty,
    /// Over [`MAX_DOCUMENT_BYTES`].
    TooLarge { size: usize },
    /// A binary file: an image, a PDF, a word-processor document...
    Binary,
    /// Text in another encoding than UTF-8; `at` is the first byte that cannot be read.
    NotUtf8 { at: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "it is empty"),
            InputError::TooLarge { size } => {
                let (size, limit) = (megabytes(*size), megabytes(MAX_DOCUMENT_BYTES));
                if size == limit {
                    write!(f, "it is just over the {limit} limit")
                } else {
                    write!(f, "it is {size} and the limit is {limit}")
                }
            }
            InputError::Binary => write!(
                f,
                "it is not text (it looks like an image, a PDF or a word-processor file); \
                 save it as plain text (.txt or .md) and open that"
            ),
            InputError::NotUtf8 { at } => write!(
                f,
                "it is not UTF-8 text (byte {at} cannot be read); save it with the UTF-8 encoding"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// `5242880` → "5 MB", `2621440` → "2.5 MB" (binary megabytes, as file managers show them).
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 1024 * 1024 / 2) / (1024 * 1024);
    if tenths % 10 == 0 {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// The text of a document from its bytes: refused when too large, binary, not UTF-8 or empty.
/// A leading byte-order mark is dropped and line endings become `\n`, so offsets into the text
/// the pipeline keeps are offsets into what is stored. The bytes become the text without a copy
/// (a file of megabytes is checked on the page, between a reader's clicks).
pub fn text_from_bytes(bytes: impl Into<Vec<u8>>) -> Result<String, InputError> {
    let mut bytes = bytes.into();
    check_size(bytes.len())?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if looks_binary(&bytes[..bytes.len().min(SNIFF_BYTES)]) {
        return Err(InputError::Binary);
    }
    let text = String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
    })?;
    checked_text(text)
}

/// Pasted or typed text, checked like a file's.
pub fn text_from_paste(text: &str) -> Result<String, InputError> {
    check_size(text.len())?;
    checked_text(text.to_string())
}

/// Refuses a size over the limit before anything is read (a file's metadata is enough).
pub fn check_size(size: usize) -> Result<(), InputError> {
    if size > MAX_DOCUMENT_BYTES {
        Err(InputError::TooLarge { size })
    } else {
        Ok(())
    }
}

fn checked_text(text: String) -> Result<String, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    // Most texts have no carriage return: they are kept as they are.
    if !text.contains('\r') {
        return Ok(text);
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// A NUL byte, or more than one control character in ten (other than tab, newline, carriage
/// return and form feed), means a binary file: text never has them.
fn looks_binary(head: &[u8]) -> bool {
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    head.contains(&0) || controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_passes_with_line_endings_made_uniform() {
        assert_eq!(
            text_from_bytes(b"\xEF\xBB\xBFOne.\r\nTwo.\rThree.\n").unwrap(),
            "One.\nTwo.\nThree.\n"
        );
        assert_eq!(
            text_from_paste("Caf\u{e9} au lait.").unwrap(),
            "Café au lait."
        );
    }

    #[test]
    fn each_refusal_has_its_own_reason() {
        assert_eq!(text_from_bytes(b""), Err(InputError::Empty));
        assert_eq!(text_from_bytes(b" \n\t \r\n"), Err(InputError::Empty));
        assert_eq!(text_from_paste("   "), Err(InputError::Empty));
        // A PNG header, and a file in Latin-1.
        assert_eq!(
            text_from_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(InputError::Binary)
        );
        assert_eq!(
            text_from_bytes(b"Caf\xe9 au lait."),
            Err(InputError::NotUtf8 { at: 3 })
        );
        let big = vec![b'a'; MAX_DOCUMENT_BYTES + 1];
        assert_eq!(
            text_from_bytes(big.clone()),
            Err(InputError::TooLarge {
                size: MAX_DOCUMENT_BYTES + 1
            })
        );
        assert!(text_from_bytes(&big[1..]).is_ok());
    }

    #[test]
    fn messages_say_what_to_do() {
        assert_eq!(
            InputError::TooLarge { size: 7_340_032 }.to_string(),
            "it is 7 MB and the limit is 5 MB"
        );
        assert_eq!(
            InputError::TooLarge { size: 5_500_000 }.to_string(),
            "it is 5.2 MB and the limit is 5 MB"
        );
        assert_eq!(
            InputError::TooLarge {
                size: MAX_DOCUMENT_BYTES + 1
            }
            .to_string(),
            "it is just over the 5 MB limit"
        );
        assert!(InputError::Binary
            .to_string()
            .contains("save it as plain text"));
        assert!(InputError::NotUtf8 { at: 3 }.to_string().contains("UTF-8"));
    }
}
