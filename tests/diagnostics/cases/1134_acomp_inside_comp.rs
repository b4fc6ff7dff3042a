//! mistake: nests an awaiting `acomp!` inside a sync `comp!` in an async fn (Python lets a nested comprehension await there); the outer one must be `acomp!` too
//! offending: acomp![price(s).await for s in order]
//! category: async
use comprehensions::{acomp, comp};

async fn price(sku: &str) -> u32 {
    sku.len() as u32 * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let orders = vec![vec!["apple", "pear"], vec!["fig"]];
    let totals = comp![acomp![price(s).await for s in order].iter().sum::<u32>() for order in &orders];
    println!("{totals:?}");
}
