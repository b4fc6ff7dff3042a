//! mistake: nested `for` over each stream of a Vec without `async` on the inner loop
//! offending: in s]
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let shards = vec![stream::iter(vec![1, 2]), stream::iter(vec![3])];
    let all = acomp![row for s in shards for row in s];
    println!("{all:?}");
}
