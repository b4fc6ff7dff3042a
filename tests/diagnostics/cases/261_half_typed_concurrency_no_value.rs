//! mistake: half-typed option, `concurrency =` with no value yet
//! offending: =]
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency =];
    println!("{sizes:?}");
}
