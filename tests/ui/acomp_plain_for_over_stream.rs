use comprehensions::acomp;
use futures::stream;

async fn handle(message: &str) -> usize {
    message.len()
}

async fn run() {
    let s = stream::iter(vec![1, 2, 3]);
    let _ = acomp![x * 2 for x in s];
    // One error: the loop's items are still the stream's `String`s, so
    // `&m` is a `&String` (an unknown item type would be inferred `str`
    // from this use, and each use of `m` reported unsized).
    let inbox = stream::iter(vec!["hello".to_string()]);
    let _ = acomp![handle(&m).await for m in inbox];
}

fn main() {
    let _ = run();
}
