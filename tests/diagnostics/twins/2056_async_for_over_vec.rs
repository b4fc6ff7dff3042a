//! mistake: iterated a plain `Vec` of entity ids with `async for` because the element awaits
//! offending: ids.next()
//! category: async
use futures::StreamExt;

async fn fetch_hp(id: u32) -> i32 {
    100 - id as i32
}

async fn refresh() {
    let mut ids = vec![1u32, 2, 3];
    let mut hp = Vec::new();
    while let Some(id) = ids.next().await {
        hp.push(fetch_hp(id).await);
    }
    println!("{hp:?}");
}

fn main() {
    futures::executor::block_on(refresh());
}
