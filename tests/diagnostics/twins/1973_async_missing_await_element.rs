//! mistake: counted the words of each streamed line with an async helper but forgot `.await` on the element (Python's `[await count(l) async for l in lines]` without the `await`)
//! offending: word_count(&l)
//! category: async
use futures::stream;
use futures::StreamExt;

async fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

async fn run() {
    let mut lines = stream::iter(vec!["a b c".to_string(), "d e".to_string()]);
    let mut counts: Vec<usize> = Vec::new();
    while let Some(l) = lines.next().await {
        counts.push(word_count(&l));
    }
    println!("{counts:?}");
}

fn main() {
    futures::executor::block_on(run());
}
