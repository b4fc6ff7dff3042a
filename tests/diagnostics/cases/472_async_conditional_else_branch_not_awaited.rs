//! mistake: Python conditional in an acomp element: the else branch calls the async fn without await
//! offending: fetch_price(id)
//! category: async
use comprehensions::acomp;

fn cached_price(id: u32) -> u32 {
    id * 3
}

async fn fetch_price(id: u32) -> u32 {
    id * 5
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 20, 3];
    // Python: [cached_price(i) if i < 10 else await fetch_price(i) for i in ids]
    let prices: Vec<u32> = acomp![cached_price(id) if id < 10 else fetch_price(id) for id in ids];
    println!("{prices:?}");
}
