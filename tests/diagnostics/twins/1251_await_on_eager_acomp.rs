//! mistake: a second `.await` after `join_all(..).await`, which is already a `Vec`
//! offending: .await.await
//! category: async
use std::time::Duration;

async fn thumb(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("thumb-{id}.png")
}

struct Gallery {
    ids: Vec<u32>,
}

impl Gallery {
    async fn thumbs(&self) -> Vec<String> {
        futures::future::join_all(self.ids.iter().map(|id| thumb(*id))).await.await
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let g = Gallery { ids: vec![1, 2] };
    println!("{:?}", g.thumbs().await);
}
