//! mistake: `unordered` on a list without `concurrency`, hoping for completion order
//! offending: unordered
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io", "ccc.io"];
    let sizes = acomp![fetch(u).await for u in &urls; unordered];
    println!("{sizes:?}");
}
