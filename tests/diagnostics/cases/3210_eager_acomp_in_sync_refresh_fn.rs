//! mistake: used an eager `acomp!` that awaits inside a plain (non-async) function
//! offending: .await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn live_minute(match_id: u32) -> u8 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    (match_id % 90) as u8
}

fn refresh_clock(ids: &[u32]) -> Vec<u8> {
    acomp![live_minute(*id).await for id in ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", refresh_clock(&[101, 202]));
}
