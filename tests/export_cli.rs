//! The `export` command: JSON on stdout for the seeds or given files; a clear message and exit
//! code 2 for a file that is missing, not UTF-8 or too large; never a panic.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn export(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_export"))
        .args(args)
        .output()
        .expect("export runs")
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("iom-export-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn no_arguments_exports_the_embedded_seeds() {
    let out = export(&[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 5);
    assert_eq!(documents[0]["path"], "seeds/000_26814fa039b09df4.txt");
    assert_eq!(
        documents[1]["title"],
        "International Organization for Migration"
    );
    assert!(
        documents[1]["sections"][0]["paragraphs"]
            .as_array()
            .unwrap()
            .len()
            > 3
    );
    let fact = &json["facts"].as_array().unwrap()[0];
    for key in ["id", "predicate", "value", "as_of", "sources"] {
        assert!(fact.get(key).is_some(), "fact has {key}");
    }
    let source = &fact["sources"][0];
    for key in ["doc", "quote", "start", "end"] {
        assert!(source.get(key).is_some(), "source has {key}");
    }
    // Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a decade is a range with its precision.
    for event in json["events"].as_array().unwrap() {
        let date = event["date"].as_str().unwrap();
        assert!(
            matches!(date.len(), 4 | 7 | 10) && date[..4].chars().all(|c| c.is_ascii_digit()),
            "{date}"
        );
    }
    let fifties = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["precision"] == "decade")
        .unwrap();
    assert_eq!(
        (fifties["date"].as_str(), fifties["end"].as_str()),
        (Some("1950"), Some("1959"))
    );
    let quiz = json["quiz"].as_array().unwrap();
    assert!(quiz.len() >= 40);
    for key in ["prompt", "choices", "answer", "explanation", "sources"] {
        assert!(quiz[0].get(key).is_some(), "question has {key}");
    }
    let conflicts = json["conflicts"].as_array().unwrap();
    let members = conflicts
        .iter()
        .find(|c| c["predicate"] == "member_states")
        .unwrap();
    assert_eq!(members["claims"][0]["value"], "156 member states");
    assert_eq!(members["claims"][0]["as_of"], "June 2014");
}

#[test]
fn given_files_are_exported_with_their_paths() {
    let path = temp_file(
        "acme.txt",
        b"The Acme Union (AU) is a body. It was founded in 1901.",
    );
    let out = export(&[&path]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"][0]["path"], path.as_str());
    assert_eq!(json["facts"][0]["value"], "1901");
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = export(&["/no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/no/such/file.txt") && err.contains("cannot read"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_binary_file_is_a_clear_error() {
    let path = temp_file(
        "image.png",
        &[0x89, b'P', b'N', b'G', 0xff, 0xfe, 0x00, 0x80],
    );
    let out = export(&[&path]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("image.png: it is not text"), "{err}");
}

#[test]
fn a_file_in_another_encoding_or_an_empty_file_is_a_clear_error() {
    let latin1 = temp_file("latin1.txt", b"Caf\xe9 au lait.");
    let err = String::from_utf8_lossy(&export(&[&latin1]).stderr).into_owned();
    assert!(err.contains("latin1.txt: it is not UTF-8 text"), "{err}");
    let empty = temp_file("empty.txt", b"  \n");
    let out = export(&[&empty]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt: it is empty"));
}

#[test]
fn a_too_large_file_is_a_clear_error() {
    let path = temp_file("huge.txt", &vec![b'a'; 5 * 1024 * 1024 + 1]);
    let out = export(&[&path]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("huge.txt: it is just over the 5 MB limit"),
        "{err}"
    );
}
