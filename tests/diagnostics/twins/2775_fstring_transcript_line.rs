//! mistake: formatted each transcript line with a Python f-string
//! offending: f"[{t.role}] {t.content}"
//! category: python-habit

struct ChatMessage {
    role: &'static str,
    content: String,
}

fn main() {
    let history = vec![
        ChatMessage { role: "system", content: "You are a helpful assistant.".into() },
        ChatMessage { role: "user", content: "Summarize this ticket.".into() },
    ];
    let transcript: Vec<String> = history.iter().map(|t| f"[{t.role}] {t.content}").collect();
    println!("{}", transcript.join("\n"));
}
