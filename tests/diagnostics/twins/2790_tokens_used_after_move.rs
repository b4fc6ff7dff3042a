//! mistake: iterated the `tokens` Vec by value, then used it again for its length
//! offending: tokens.len()
//! category: ownership

fn main() {
    let tokens: Vec<String> = vec!["Hello".into(), "WORLD".into(), "Chatbot".into()];
    let lowered: Vec<String> = tokens.into_iter().map(|t| t.to_lowercase()).collect();
    println!("lowercased {} of {} tokens", lowered.len(), tokens.len());
}
