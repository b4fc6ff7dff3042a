//! mistake: the `concurrency` option misspelled `concurency`
//! offending: concurency
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io", "ccc.io"];
    let sizes = acomp![fetch(u).await for u in &urls; concurency = 4];
    println!("{sizes:?}");
}
