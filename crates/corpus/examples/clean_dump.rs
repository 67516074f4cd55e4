//! Prints the structure of each file given on the command line (a debugging aid):
//! `cargo run -p corpus --example clean_dump -- seeds/*`.
fn main() {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let doc = corpus::structure(&raw);
        println!(
            "##### {path}\ntitle: {:?} reordered: {} removed: {:?}",
            doc.title, doc.reordered, doc.removed
        );
        for field in &doc.fields {
            println!("  field {}: {}", field.label, field.value.text);
        }
        for section in &doc.sections {
            println!("== {:?}", section.heading);
            for p in &section.paragraphs {
                for s in &p.sentences {
                    println!("  [{:?} {}..{}] {}", p.kind, s.start, s.end, s.text);
                }
            }
        }
    }
}
