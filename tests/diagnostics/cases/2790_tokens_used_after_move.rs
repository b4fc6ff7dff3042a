//! mistake: iterated the `tokens` Vec by value, then used it again for its length
//! offending: tokens.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let tokens: Vec<String> = vec!["Hello".into(), "WORLD".into(), "Chatbot".into()];
    let lowered = comp![t.to_lowercase() for t in tokens];
    println!("lowercased {} of {} tokens", lowered.len(), tokens.len());
}
