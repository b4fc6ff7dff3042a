//! mistake: a second `;` between options instead of a comma
//! offending: ; unordered
//! category: syntax
use comprehensions::acomp;

async fn probe(host: &str) -> bool {
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a", "b"];
    let up = acomp![probe(h).await for h in &hosts; concurrency = 8; unordered];
    println!("{up:?}");
}
