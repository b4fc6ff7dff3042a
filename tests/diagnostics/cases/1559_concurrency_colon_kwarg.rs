//! mistake: the option written like a dict entry, `concurrency: 4`, instead of `concurrency = 4`
//! offending: concurrency: 4
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io", "ccc.io"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency: 4];
    println!("{sizes:?}");
}
