//! mistake: `.await` inside a plain closure (`.map(|i| price(*i).await)`) in an async loop (hand-written)
async fn price(id: u32) -> u32 {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let baskets = vec![vec![1, 2], vec![3]];
    let mut totals = Vec::new();
    for ids in &baskets {
        totals.push(ids.iter().map(|i| price(*i).await).sum::<u32>());
    }
    println!("{totals:?}");
}
