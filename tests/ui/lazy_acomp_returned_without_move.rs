use comprehensions::acomp;
use futures::Stream;

async fn scale(x: i32, k: &i32) -> i32 {
    x * k
}

fn scaled(xs: Vec<i32>, k: i32) -> impl Stream<Item = i32> {
    acomp!((scale(x, &k).await for x in xs))
}

fn main() {
    let _ = scaled(vec![1], 2);
}
