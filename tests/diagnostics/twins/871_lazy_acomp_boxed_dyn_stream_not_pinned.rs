//! mistake: the stream is stored as `Box<dyn Stream>` (not pinned, not `Unpin`), then `.next()` is called on it
//! offending: next()
//! category: async
use futures::stream::{self, Stream, StreamExt};

async fn score(word: &'static str) -> usize {
    word.len()
}

async fn run(words: Vec<&'static str>) {
    let mut scores: Box<dyn Stream<Item = usize>> = Box::new(stream::iter(words).then(score));
    while let Some(s) = scores.next().await {
        println!("{s}");
    }
}

fn main() {
    futures::executor::block_on(run(vec!["rust", "python"]));
}
