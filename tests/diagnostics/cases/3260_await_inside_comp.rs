//! mistake: awaited the menu sync inside `comp!` (the synchronous macro) instead of `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn sync_to_partner(dish: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !dish.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let menu = vec!["gnocchi", "arancini"];
    let synced = comp![(d, sync_to_partner(d).await) for d in &menu];
    println!("{synced:?}");
}
