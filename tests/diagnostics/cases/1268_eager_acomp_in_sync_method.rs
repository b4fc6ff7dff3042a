//! mistake: an eager `acomp!` (awaited in place: the `.await` rustc rejects is the call's, not the user's inside it) inside a non-async method
//! offending: acomp![fetch(*id).await for id in &self.ids]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("item-{id}")
}

struct Cache {
    ids: Vec<u32>,
}

impl Cache {
    fn warm(&self) -> Vec<String> {
        acomp![fetch(*id).await for id in &self.ids]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache = Cache { ids: vec![1, 2, 3] };
    println!("{:?}", cache.warm());
}
