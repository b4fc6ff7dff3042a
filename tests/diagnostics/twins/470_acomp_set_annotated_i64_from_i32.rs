//! mistake: async set comprehension annotated HashSet<i64> while the awaited score is i32
//! offending: high_score(p).await
//! category: async
use std::collections::HashSet;

async fn high_score(player: &str) -> i32 {
    player.len() as i32 * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let players = vec!["ann", "bob", "cy"];
    let mut scores: HashSet<i64> = HashSet::new();
    for p in &players {
        scores.insert(high_score(p).await);
    }
    println!("{}", scores.len());
}
