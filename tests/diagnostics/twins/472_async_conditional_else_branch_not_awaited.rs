//! mistake: Python conditional in an acomp element: the else branch calls the async fn without await
//! offending: fetch_price(id)
//! category: async

fn cached_price(id: u32) -> u32 {
    id * 3
}

async fn fetch_price(id: u32) -> u32 {
    id * 5
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 20, 3];
    let mut prices: Vec<u32> = Vec::new();
    for id in ids {
        prices.push(if id < 10 { cached_price(id) } else { fetch_price(id) });
    }
    println!("{prices:?}");
}
