//! mistake: wrote `move` on the lazy filter, which took the vocabulary, then used the vocabulary again
//! offending: vocab.len()
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let vocab: HashSet<String> = ["order", "refund", "cancel"].iter().map(|s| s.to_string()).collect();
    let tokens = vec!["please", "cancel", "my", "order"];
    let known = comp!(move (*t for t in tokens.iter() if vocab.contains(*t)));
    println!("vocab of {} words", vocab.len());
    println!("{:?}", known.collect::<Vec<_>>());
}
