//! Prints the article built from the files given (a debugging aid):
//! `cargo run -p corpus --example article_dump -- seeds/*`.
use corpus::{analyze, build_article, ArticleBlock, Corpus};

fn main() {
    let texts = std::env::args().skip(1).map(|p| {
        let text = std::fs::read_to_string(&p).expect("UTF-8 file");
        (p, text)
    });
    let article = build_article(&analyze(&Corpus::from_texts(texts)));
    let (sentences, sources) = article.sentence_counts();
    println!(
        "# {} ({sentences} sentences from {sources} source sentences)",
        article.title
    );
    for section in &article.sections {
        println!("\n## {} (#/article/{})", section.title, section.slug);
        for block in &section.blocks {
            match block {
                ArticleBlock::Subheading(h) => println!("### {h}"),
                ArticleBlock::Paragraph(p) => {
                    let cites: Vec<String> = p
                        .citations()
                        .iter()
                        .map(|s| format!("[{}]", s.doc.number()))
                        .collect();
                    println!(
                        "  {:?} {} {}",
                        p.kind,
                        p.text().chars().take(110).collect::<String>(),
                        cites.join("")
                    );
                }
            }
        }
    }
}
