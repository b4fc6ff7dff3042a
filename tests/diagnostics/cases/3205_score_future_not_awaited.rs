//! mistake: forgot `.await` on the async score fetch in the element
//! offending: fetch_score(id)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct Score {
    match_id: u32,
    home: u8,
    away: u8,
}

async fn fetch_score(match_id: u32) -> Score {
    tokio::time::sleep(Duration::from_millis(3)).await;
    Score { match_id, home: (match_id % 4) as u8, away: 1 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let match_ids = vec![9001, 9002, 9003];
    let scores: Vec<Score> = acomp![fetch_score(id) for id in match_ids.iter().copied()];
    println!("{scores:?}");
}
