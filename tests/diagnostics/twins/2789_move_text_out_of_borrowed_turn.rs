//! mistake: moved each turn's `text` String out of the borrowed conversation history
//! offending: turn.text
//! category: ownership

struct Turn {
    role: &'static str,
    text: String,
}

fn main() {
    let history = vec![
        Turn { role: "user", text: "what's my balance".to_string() },
        Turn { role: "assistant", text: "Your balance is $42.".to_string() },
        Turn { role: "user", text: "and savings?".to_string() },
    ];
    let mut user_texts: Vec<String> = Vec::new();
    for turn in &history {
        if turn.role == "user" {
            user_texts.push(turn.text);
        }
    }
    println!("{} user turns of {}", user_texts.len(), history.len());
}
