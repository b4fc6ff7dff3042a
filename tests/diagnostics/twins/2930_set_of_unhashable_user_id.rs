//! mistake: made a set of a `UserId` newtype that derives neither `Hash` nor `Eq`
//! offending: m.author.clone()
//! category: type
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
struct UserId(u64);

struct Message {
    author: UserId,
    text: String,
}

fn main() {
    let history = vec![
        Message { author: UserId(1), text: "hi".into() },
        Message { author: UserId(2), text: "yo".into() },
        Message { author: UserId(1), text: "brb".into() },
    ];
    let mut participants = HashSet::new();
    for m in &history {
        if !m.text.is_empty() {
            participants.insert(m.author.clone());
        }
    }
    println!("{participants:?}");
}
