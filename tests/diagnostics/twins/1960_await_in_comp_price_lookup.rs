//! mistake: used `comp!` (not `acomp!`) for `[await fetch_price(p) for p in products]` inside an async fn
//! offending: .await
//! category: async
struct Product {
    sku: String,
}

async fn fetch_price(p: &Product) -> u64 {
    p.sku.len() as u64 * 100
}

async fn reprice(products: &[Product]) -> Vec<u64> {
    products.iter().map(|p| fetch_price(p).await).collect()
}

fn main() {
    let products = vec![Product { sku: "A-1".into() }];
    println!("{:?}", futures::executor::block_on(reprice(&products)));
}
