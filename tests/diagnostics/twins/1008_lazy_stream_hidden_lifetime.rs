//! mistake: a lazy `acomp!` with `move` that uses a borrowed client, returned as `impl Stream` without `+ '_`
//! offending: impl Stream<Item = u32>
//! category: async
use futures::{Stream, StreamExt};

struct Client {
    base: String,
}

impl Client {
    async fn status(&self, id: u32) -> u32 {
        (self.base.len() as u32 + id) % 7
    }
}

fn statuses(client: &Client, ids: Vec<u32>) -> impl Stream<Item = u32> {
    futures::stream::iter(ids).then(move |id| async move { client.status(id).await })
}

fn main() {
    let client = Client { base: "http://x".into() };
    let v: Vec<u32> = futures::executor::block_on(statuses(&client, vec![1, 2]).collect());
    println!("{v:?}");
}
