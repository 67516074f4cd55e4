//! `cargo run --release --bin export -- [FILE...]`: runs the corpus pipeline and prints one JSON
//! document (documents, facts, events, conflicts). With no files it uses the embedded seeds.
//! A missing, non-UTF-8 or too large file gets a message on stderr and exit code 2.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use corpus::export::export;
use corpus::{analyze, Corpus};
use iom_explorer::seeds::SEEDS;

/// Largest file the pipeline accepts.
const MAX_BYTES: u64 = 5 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
enum InputError {
    #[error("{path}: cannot read it ({source})")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not UTF-8 text (is it a binary file?)")]
    NotUtf8 { path: String },
    #[error("{path}: {size} bytes is over the {MAX_BYTES}-byte limit")]
    TooLarge { path: String, size: u64 },
}

fn read_document(path: &str) -> Result<String, InputError> {
    let unreadable = |source| InputError::Unreadable {
        path: path.to_string(),
        source,
    };
    let size = std::fs::metadata(Path::new(path))
        .map_err(unreadable)?
        .len();
    if size > MAX_BYTES {
        return Err(InputError::TooLarge {
            path: path.to_string(),
            size,
        });
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    String::from_utf8(bytes).map_err(|_| InputError::NotUtf8 {
        path: path.to_string(),
    })
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
    let mut out = std::io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, &export(&analysis, &paths))
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("export: cannot write the output ({error})");
            ExitCode::FAILURE
        }
    }
}
