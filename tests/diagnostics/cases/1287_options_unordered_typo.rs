//! mistake: the option `unordered` misspelled `unorderd`
//! offending: unorderd
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn score(doc: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    doc.split_whitespace().count()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let docs = vec!["a b c", "d e", "f"];
    let scores = acomp![score(d).await for d in &docs; concurrency = 3, unorderd];
    println!("{scores:?}");
}
