//! mistake: used `comp!` (not `acomp!`) for `[await fetch_price(p) for p in products]` inside an async fn
//! offending: .await
//! category: async
use comprehensions::comp;

struct Product {
    sku: String,
}

async fn fetch_price(p: &Product) -> u64 {
    p.sku.len() as u64 * 100
}

async fn reprice(products: &[Product]) -> Vec<u64> {
    comp![fetch_price(p).await for p in products]
}

fn main() {
    let products = vec![Product { sku: "A-1".into() }];
    println!("{:?}", futures::executor::block_on(reprice(&products)));
}
