//! Embeds the source documents: lists the files in `seeds/` (so adding or replacing a document
//! needs no code change) and runs the pipeline on them, so the browser reads the result instead
//! of computing it at every visit.

use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    let seeds = Path::new(&manifest).join("seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());

    let mut files: Vec<_> = fs::read_dir(&seeds)
        .expect("seeds/ folder next to Cargo.toml")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();

    let mut code =
        String::from("/// `(file name, text)` of every file in `seeds/`, in file-name order.\n");
    code.push_str("pub const SEEDS: &[(&str, &str)] = &[\n");
    let mut texts = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().expect("file has a name").to_string_lossy();
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
        let text = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{}: not readable as UTF-8 text ({e})", path.display()));
        texts.push((name.into_owned(), text));
    }
    code.push_str("];\n");
    fs::write(out.join("seeds.rs"), code).expect("OUT_DIR is writable");

    let derived = corpus::Derived::new(&corpus::Corpus::from_texts(texts));
    let bytes = corpus::wire::encode(&derived).expect("plain data always encodes");
    fs::write(out.join("builtin.postcard"), bytes).expect("OUT_DIR is writable");
}
