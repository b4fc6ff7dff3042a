//! mistake: a lazy `acomp!` collected into a `Vec` without awaiting the `collect()` future
//! offending: collect()
//! category: async
use comprehensions::{acomp, StreamExt};

async fn price(sku: &str) -> f64 {
    sku.len() as f64 * 1.5
}

async fn run() {
    let skus = vec!["A1", "B22", "C333"];
    let prices: Vec<f64> = acomp!((price(s).await for s in &skus)).collect();
    println!("{prices:?}");
}

fn main() {
    futures::executor::block_on(run());
}
