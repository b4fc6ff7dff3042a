//! mistake: measured each utterance with Python's `len(..)` builtin
//! offending: len(u.text)
//! category: python-habit
use comprehensions::comp;

struct Utterance {
    speaker: &'static str,
    text: String,
}

fn main() {
    let log = vec![
        Utterance { speaker: "user", text: "I want to cancel my order".to_string() },
        Utterance { speaker: "bot", text: "Sure, which order?".to_string() },
    ];
    let lengths = comp![(u.speaker, len(u.text)) for u in &log];
    println!("{lengths:?}");
}
