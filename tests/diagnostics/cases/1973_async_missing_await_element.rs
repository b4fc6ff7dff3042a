//! mistake: counted the words of each streamed line with an async helper but forgot `.await` on the element (Python's `[await count(l) async for l in lines]` without the `await`)
//! offending: word_count(&l)
//! category: async
use comprehensions::acomp;
use futures::stream;

async fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

async fn run() {
    let lines = stream::iter(vec!["a b c".to_string(), "d e".to_string()]);
    let counts: Vec<usize> = acomp![word_count(&l) async for l in lines];
    println!("{counts:?}");
}

fn main() {
    futures::executor::block_on(run());
}
