//! mistake: measured each utterance with Python's `len(..)` builtin
//! offending: len(u.text)
//! category: python-habit

struct Utterance {
    speaker: &'static str,
    text: String,
}

fn main() {
    let log = vec![
        Utterance { speaker: "user", text: "I want to cancel my order".to_string() },
        Utterance { speaker: "bot", text: "Sure, which order?".to_string() },
    ];
    let lengths: Vec<_> = log.iter().map(|u| (u.speaker, len(u.text))).collect();
    println!("{lengths:?}");
}
