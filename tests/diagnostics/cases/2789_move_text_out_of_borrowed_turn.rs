//! mistake: moved each turn's `text` String out of the borrowed conversation history
//! offending: turn.text
//! category: ownership
use comprehensions::comp;

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
    let user_texts: Vec<String> = comp![turn.text for turn in &history if turn.role == "user"];
    println!("{} user turns of {}", user_texts.len(), history.len());
}
