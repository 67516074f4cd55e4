//! Prints what cleaning keeps of each file given on the command line (a debugging aid).
fn main() {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let doc = corpus::clean(&raw);
        println!(
            "##### {path}\ntitle: {:?} reordered: {} contents: {:?}\nremoved: {:?}",
            doc.title, doc.reordered, doc.contents, doc.removed
        );
        for block in &doc.blocks {
            println!("[{:?}] {}", block.kind, block.text.as_str());
        }
    }
}
