use comprehensions::acomp;
use futures::stream;

async fn run() {
    let s = stream::iter(vec![1, 2, 3]);
    let _ = acomp![x * 2 for x in s];
}

fn main() {
    let _ = run();
}
