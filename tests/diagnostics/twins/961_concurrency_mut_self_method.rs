//! mistake: `buffered(4)` over a `&mut self` async method: several items would borrow `self` mutably at once
//! offending: self.get(*id)
//! category: ownership
use futures::stream::{self, StreamExt};

struct Client {
    hits: u32,
}

impl Client {
    async fn get(&mut self, id: u32) -> String {
        self.hits += 1;
        format!("item {id}")
    }

    async fn get_all(&mut self, ids: &[u32]) -> Vec<String> {
        stream::iter(ids).map(|id| self.get(*id)).buffered(4).collect().await
    }
}

fn main() {
    let mut c = Client { hits: 0 };
    println!("{:?}", futures::executor::block_on(c.get_all(&[1, 2])));
}
