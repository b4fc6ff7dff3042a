//! mistake: used `async for` over a plain `Vec` of ids (everything iterated in an `async def` felt like it needed `async for`)
//! offending: id in ids
//! category: async
use comprehensions::acomp;

async fn lookup(id: u32) -> String {
    format!("user{id}")
}

async fn run() {
    let ids = vec![1, 2, 3];
    let names = acomp![lookup(id).await async for id in ids];
    println!("{names:?}");
}

fn main() {
    futures::executor::block_on(run());
}
