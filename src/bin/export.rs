//! `cargo run --release --bin export -- [FILE...]`: runs the corpus pipeline and prints one JSON
//! document (documents, facts, events, conflicts). With no files it uses the embedded seeds.
//! A missing, empty, binary, non-UTF-8 or too large file gets a message on stderr and exit code 2.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use corpus::export::export;
use corpus::input;
use corpus::{analyze, Corpus};
use iom_explorer::seeds::SEEDS;

#[derive(Debug, thiserror::Error)]
enum InputError {
    #[error("{path}: cannot read it ({source})")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Refused {
        path: String,
        reason: corpus::input::InputError,
    },
}

/// A file's text, checked like any document a user opens (`corpus::input`): the size from the
/// metadata first, so an oversized file is never read.
fn read_document(path: &str) -> Result<String, InputError> {
    let unreadable = |source| InputError::Unreadable {
        path: path.to_string(),
        source,
    };
    let refused = |reason| InputError::Refused {
        path: path.to_string(),
        reason,
    };
    let size = std::fs::metadata(Path::new(path))
        .map_err(unreadable)?
        .len();
    input::check_size(usize::try_from(size).unwrap_or(usize::MAX)).map_err(refused)?;
    let bytes = std::fs::read(path).map_err(unreadable)?;
    input::text_from_bytes(bytes).map_err(refused)
}

fn usage() -> &'static str {
    "usage: export [FILE...]\n\nRuns the IOM Explorer pipeline and prints JSON to stdout.\nWith no FILE, uses the embedded seed documents."
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{}", usage());
        return ExitCode::SUCCESS;
    }
    let texts: Vec<(String, String)> = if args.is_empty() {
        SEEDS
            .iter()
            .map(|(name, text)| (format!("seeds/{name}"), text.to_string()))
            .collect()
    } else {
        let mut texts = Vec::new();
        for path in &args {
            match read_document(path) {
                Ok(text) => texts.push((path.clone(), text)),
                Err(error) => {
                    eprintln!("export: {error}");
                    return ExitCode::from(2);
                }
            }
        }
        texts
    };
    let corpus = Corpus::from_texts(texts);
    let paths: Vec<String> = corpus.documents().iter().map(|d| d.name.clone()).collect();
    let analysis = analyze(&corpus);
    // Buffered: standard output writes each line at once otherwise, and a document of figures
    // exports a hundred megabytes of lines.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, &export(&analysis, &paths))
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("export: cannot write the output ({error})");
            ExitCode::FAILURE
        }
    }
}
