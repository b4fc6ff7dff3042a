//! mistake: awaited the embedding call inside `comp!` instead of `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn embed(sentence: &str) -> Vec<f32> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    sentence.bytes().take(4).map(|b| b as f32 / 255.0).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sentences = vec!["how do I reset my password", "password reset help"];
    let vectors = comp![embed(s).await for s in &sentences];
    println!("{} vectors of dim {}", vectors.len(), vectors[0].len());
}
