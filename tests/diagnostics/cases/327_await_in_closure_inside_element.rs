//! mistake: `.await` inside a plain closure (`.map(|i| price(*i).await)`) in an `acomp!` element (Python's `sum(await price(i) for i in ids)`)
//! offending: price(*i).await
//! category: async
use comprehensions::acomp;

async fn price(id: u32) -> u32 {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let baskets = vec![vec![1, 2], vec![3]];
    // Python: totals = [sum([await price(i) for i in ids]) for ids in baskets]
    let totals = acomp![ids.iter().map(|i| price(*i).await).sum::<u32>() for ids in &baskets];
    println!("{totals:?}");
}
