//! mistake: formatted each transcript line with a Python f-string
//! offending: f"[{t.role}] {t.content}"
//! category: python-habit
use comprehensions::comp;

struct ChatMessage {
    role: &'static str,
    content: String,
}

fn main() {
    let history = vec![
        ChatMessage { role: "system", content: "You are a helpful assistant.".into() },
        ChatMessage { role: "user", content: "Summarize this ticket.".into() },
    ];
    let transcript: Vec<String> = comp![f"[{t.role}] {t.content}" for t in &history];
    println!("{}", transcript.join("\n"));
}
