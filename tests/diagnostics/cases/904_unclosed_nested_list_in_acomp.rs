//! mistake: the nested list in an `acomp!` is never closed: its `]` was deleted
//! offending: [
//! category: syntax
use comprehensions::acomp;

async fn page(n: u32) -> Vec<u32> {
    vec![n, n + 1]
}

async fn run(pages: Vec<u32>) -> Vec<Vec<u32>> {
    acomp![[i * 2 for i in page(p).await for p in pages]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(vec![1, 2])));
}
