//! mistake: `tokio::join!` over two eager acomps, which are already awaited in place (Vecs, not futures)
//! offending: acomp![load_user(*i).await for i in &ids; concurrency = 4]
//! category: async
use comprehensions::acomp;

async fn load_user(id: u32) -> String {
    format!("user{id}")
}

async fn load_order(id: u32) -> f64 {
    id as f64 * 9.5
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    // Python: users, orders = await asyncio.gather(
    //     asyncio.gather(*[load_user(i) for i in ids]),
    //     asyncio.gather(*[load_order(i) for i in ids]))
    let (users, orders) = tokio::join!(
        acomp![load_user(*i).await for i in &ids; concurrency = 4],
        acomp![load_order(*i).await for i in &ids; concurrency = 4],
    );
    println!("{users:?} {orders:?}");
}
