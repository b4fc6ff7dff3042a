//! mistake: used an eager `acomp!` in a synchronous `main`, as if it ran its own event loop
//! offending: ship(b).await
//! category: async
use comprehensions::acomp;

async fn ship(batch: &[String]) -> usize {
    batch.len()
}

fn main() {
    let batches = vec![vec!["log a".to_string()], vec!["log b".to_string(), "log c".to_string()]];
    let acks: Vec<usize> = acomp![ship(b).await for b in &batches];
    println!("{acks:?}");
}
