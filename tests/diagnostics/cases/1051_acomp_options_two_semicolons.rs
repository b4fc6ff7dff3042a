//! mistake: options separated by a second `;` instead of a `,`
//! offending: ; unordered
//! category: syntax
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a", "bb"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = 4; unordered];
    println!("{sizes:?}");
}
