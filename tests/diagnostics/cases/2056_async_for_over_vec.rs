//! mistake: iterated a plain `Vec` of entity ids with `async for` because the element awaits
//! offending: in ids
//! category: async
use comprehensions::acomp;

async fn fetch_hp(id: u32) -> i32 {
    100 - id as i32
}

async fn refresh() {
    let ids = vec![1u32, 2, 3];
    let hp = acomp![fetch_hp(id).await async for id in ids];
    println!("{hp:?}");
}

fn main() {
    futures::executor::block_on(refresh());
}
