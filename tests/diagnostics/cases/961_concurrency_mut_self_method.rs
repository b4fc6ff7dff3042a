//! mistake: `concurrency = 4` over a `&mut self` async method: several items would borrow `self` mutably at once
//! offending: self.get(*id)
//! category: ownership
use comprehensions::acomp;

struct Client {
    hits: u32,
}

impl Client {
    async fn get(&mut self, id: u32) -> String {
        self.hits += 1;
        format!("item {id}")
    }

    async fn get_all(&mut self, ids: &[u32]) -> Vec<String> {
        acomp![self.get(*id).await for id in ids; concurrency = 4]
    }
}

fn main() {
    let mut c = Client { hits: 0 };
    println!("{:?}", futures::executor::block_on(c.get_all(&[1, 2])));
}
