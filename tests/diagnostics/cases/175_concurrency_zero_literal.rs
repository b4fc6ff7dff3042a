//! mistake: `concurrency = 0` meaning "no limit" (as some Python pools treat 0/None)
//! offending: 0
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a", "bb"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = 0];
    println!("{sizes:?}");
}
