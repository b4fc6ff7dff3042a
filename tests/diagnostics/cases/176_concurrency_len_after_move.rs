//! mistake: `concurrency = urls.len()` when the comprehension consumes `urls` (the first iterable is evaluated first)
//! offending: urls.len()
//! category: ownership
use comprehensions::acomp;

async fn fetch(u: String) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org".to_string(), "b.org".to_string()];
    let sizes = acomp![fetch(u).await for u in urls; concurrency = urls.len()];
    println!("{sizes:?}");
}
