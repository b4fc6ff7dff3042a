//! mistake: `.await` in a loop inside a non-async method
//! offending: fetch(*id).await
//! category: async
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
        let mut out = Vec::new();
        for id in &self.ids {
            out.push(fetch(*id).await);
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache = Cache { ids: vec![1, 2, 3] };
    println!("{:?}", cache.warm());
}
