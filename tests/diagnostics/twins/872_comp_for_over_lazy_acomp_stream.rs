//! mistake: a plain `for` loop iterates a stream
//! offending: stream::iter(words).then(|w| score(w))
//! category: async
use futures::stream::{self, StreamExt};

async fn score(word: &str) -> u32 {
    word.len() as u32
}

async fn run(words: &[&str]) -> Vec<u32> {
    let mut out = Vec::new();
    for s in stream::iter(words).then(|w| score(w)) {
        if s > 3 {
            out.push(s * 2);
        }
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["rust", "go"])));
}
