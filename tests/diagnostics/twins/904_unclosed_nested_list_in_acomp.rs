//! mistake: the inner `vec![..]` in a loop body is never closed: its `]` was deleted
//! offending: [
//! category: syntax
async fn page(n: u32) -> Vec<u32> {
    vec![n, n + 1]
}

async fn run(pages: Vec<u32>) -> Vec<Vec<u32>> {
    let mut out = Vec::new();
    for p in pages {
        out.push(vec![page(p).await.iter().map(|i| i * 2).collect::<Vec<_>>());
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(vec![1, 2])));
}
