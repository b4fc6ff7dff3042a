//! mistake: `tokio::join!` over two collected (already awaited) Vecs, not futures
//! offending: futures::stream::iter(&ids).map(|i| load_user(*i)).buffered(4).collect::<Vec<_>>().await
//! category: async
use futures::StreamExt;

async fn load_user(id: u32) -> String {
    format!("user{id}")
}

async fn load_order(id: u32) -> f64 {
    id as f64 * 9.5
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let (users, orders) = tokio::join!(
        futures::stream::iter(&ids).map(|i| load_user(*i)).buffered(4).collect::<Vec<_>>().await,
        futures::stream::iter(&ids).map(|i| load_order(*i)).buffered(4).collect::<Vec<_>>().await,
    );
    println!("{users:?} {orders:?}");
}
