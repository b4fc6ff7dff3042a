//! mistake: used an eager `acomp!` that awaits broker calls inside a plain (non-async) helper function
//! offending: fetch_balance(a).await
//! category: async
use std::time::Duration;

async fn fetch_balance(account: &str) -> f64 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if account.ends_with('1') { 25_000.0 } else { 7_450.5 }
}

fn total_equity(accounts: &[&str]) -> f64 {
    let mut balances = Vec::new();
    for a in accounts {
        balances.push(fetch_balance(a).await);
    }
    balances.iter().sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accounts = ["DU0001", "DU0002"];
    println!("{}", total_equity(&accounts));
}
