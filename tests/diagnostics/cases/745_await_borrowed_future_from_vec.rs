//! mistake: awaits futures kept in a `Vec` while iterating it by reference, `&impl Future` not being a future
//! offending: f.await
//! category: async
use comprehensions::acomp;

async fn price(id: u32) -> u32 {
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let futs = vec![price(1), price(2), price(3)];
    let prices = acomp![f.await for f in &futs];
    println!("{prices:?}");
}
