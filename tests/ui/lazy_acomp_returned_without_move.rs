use comprehensions::acomp;
use futures::Stream;

async fn scale(x: i32, k: &i32) -> i32 {
    x * k
}

fn scaled(xs: Vec<i32>, k: i32) -> impl Stream<Item = i32> {
    acomp!((scale(x, &k).await for x in xs))
}

// A stream adapter (an `async for` and no `.await`): the help is the same.
fn multiplied(rx: impl Stream<Item = i32>, k: i32) -> impl Stream<Item = i32> {
    acomp!((x * k async for x in rx))
}

fn main() {
    let _ = scaled(vec![1], 2);
    let _ = multiplied(futures::stream::iter(vec![1]), 2);
}
