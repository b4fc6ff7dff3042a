//! mistake: Python's `await asyncio.gather(...)` habit: `.await` after an eager `acomp![..]`, which is already awaited and is a `Vec`
//! offending: ].await
//! category: async
use comprehensions::acomp;
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
        acomp![thumb(*id).await for id in &self.ids].await
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let g = Gallery { ids: vec![1, 2] };
    println!("{:?}", g.thumbs().await);
}
