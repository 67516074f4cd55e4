//! Generates the list of embedded source documents from the files in `seeds/`, so that adding or
//! replacing a document needs no code change.

use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
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
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().expect("file has a name").to_string_lossy();
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");

    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seeds.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
