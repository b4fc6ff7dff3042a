//! mistake: `if let Some(t) = s.token` on a borrowed session moves the `Option<String>` field out
//! offending: s.token
//! category: ownership

struct Session {
    user: String,
    token: Option<String>,
}

fn main() {
    let sessions = vec![
        Session { user: "ann".to_string(), token: Some("abc".to_string()) },
        Session { user: "bob".to_string(), token: None },
    ];
    let mut tokens: Vec<String> = Vec::new();
    for s in &sessions {
        if let Some(t) = s.token {
            tokens.push(t);
        }
    }
    println!("{tokens:?} {}", sessions[0].user);
}
