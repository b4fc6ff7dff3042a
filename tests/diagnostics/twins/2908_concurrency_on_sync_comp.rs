//! mistake: wrote `comp!` instead of `acomp!` for concurrent async payment charges
//! offending: buffered
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn charge(card_token: &str, cents: u64) -> Result<String, String> {
    tokio::time::sleep(Duration::from_millis(4)).await;
    if cents == 0 { Err(format!("zero charge on {card_token}")) } else { Ok(format!("ch_{card_token}")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let payments = vec![("tok_visa", 1299_u64), ("tok_mc", 500)];
    let receipts: Vec<Result<String, String>> = payments
        .into_iter()
        .map(|(tok, cents)| async move { charge(tok, cents).await })
        .buffered(4)
        .collect()
        .await;
    println!("{receipts:?}");
}
