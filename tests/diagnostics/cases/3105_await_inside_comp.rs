//! mistake: awaited the async valuation lookup inside `comp!` instead of `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

struct Listing {
    id: u32,
    sqft: u32,
}

async fn estimate_value(listing_id: u32, sqft: u32) -> u64 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (listing_id as u64 % 7 + 280) * sqft as u64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let listings = vec![Listing { id: 1, sqft: 1_800 }, Listing { id: 2, sqft: 2_350 }];
    let estimates = comp![(l.id, estimate_value(l.id, l.sqft).await) for l in &listings];
    println!("{estimates:?}");
}
