//! mistake: nests an awaiting `acomp!` inside a sync `comp!` in an async fn (Python lets a nested comprehension await there); the outer one must be `acomp!` too
//! offending: .await
//! category: async
async fn price(sku: &str) -> u32 {
    sku.len() as u32 * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let orders = vec![vec!["apple", "pear"], vec!["fig"]];
    let totals: Vec<u32> = orders
        .iter()
        .map(|order| {
            let mut prices = Vec::new();
            for s in order {
                prices.push(price(s).await);
            }
            prices.iter().sum::<u32>()
        })
        .collect();
    println!("{totals:?}");
}
