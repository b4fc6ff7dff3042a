//! mistake: nested `for` over each stream of a Vec without `async` on the inner loop (hand-written)
//! offending: in s {
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let shards = vec![stream::iter(vec![1, 2]), stream::iter(vec![3])];
    let mut all = Vec::new();
    for s in shards {
        for row in s {
            all.push(row);
        }
    }
    println!("{all:?}");
}
