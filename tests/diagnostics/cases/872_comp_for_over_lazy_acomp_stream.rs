//! mistake: a sync `comp!` iterates a lazy `acomp!((..))` stream with a plain `for`
//! offending: acomp!((score(w).await for w in words))
//! category: async
use comprehensions::{acomp, comp};

async fn score(word: &str) -> u32 {
    word.len() as u32
}

async fn run(words: &[&str]) -> Vec<u32> {
    comp![s * 2 for s in acomp!((score(w).await for w in words)) if s > 3]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["rust", "go"])));
}
