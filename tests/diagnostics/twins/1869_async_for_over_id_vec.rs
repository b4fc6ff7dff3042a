//! mistake: used `async for` over a plain `Vec` of ids (everything iterated in an `async def` felt like it needed `async for`)
//! offending: ids.next()
//! category: async
use futures::StreamExt;

async fn lookup(id: u32) -> String {
    format!("user{id}")
}

async fn run() {
    let mut ids = vec![1, 2, 3];
    let mut names = Vec::new();
    while let Some(id) = ids.next().await {
        names.push(lookup(id).await);
    }
    println!("{names:?}");
}

fn main() {
    futures::executor::block_on(run());
}
