//! mistake: async set comprehension annotated HashSet<i64> while the awaited score is i32
//! offending: high_score(p).await
//! category: async
use comprehensions::acomp;
use std::collections::HashSet;

async fn high_score(player: &str) -> i32 {
    player.len() as i32 * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let players = vec!["ann", "bob", "cy"];
    // Python: scores = {await high_score(p) for p in players}
    let scores: HashSet<i64> = acomp!({high_score(p).await for p in &players});
    println!("{}", scores.len());
}
