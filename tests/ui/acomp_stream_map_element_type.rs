use comprehensions::acomp;
use futures::stream;

async fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

async fn run() {
    let lines = stream::iter(vec!["a b".to_string()]);
    // A single `async for` whose element does not await is the stream's
    // own `collect` of a `map`: a forgotten `.await` in the element is
    // still reported on the element, against the expected `usize`.
    let _counts: Vec<usize> = acomp![word_count(&l) async for l in lines];
}

fn main() {
    let _ = run();
}
