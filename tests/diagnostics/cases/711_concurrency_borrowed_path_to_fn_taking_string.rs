//! mistake: passes the `&String` each item borrows from `&paths` to an async fn that takes an owned `String`, under `concurrency`
//! offending: p
//! category: async
use comprehensions::acomp;

async fn count_words(path: String) -> usize {
    path.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec![String::from("a.txt"), String::from("b.txt")];
    let counts = acomp![count_words(p).await for p in &paths; concurrency = 2];
    println!("{counts:?} for {} files", paths.len());
}
