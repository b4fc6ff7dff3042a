//! mistake: kept the sessions that have an auth token with Python's `is not None`
//! offending: is not None
//! category: python-habit
struct Session {
    user: String,
    token: Option<String>,
}

fn main() {
    let sessions = vec![
        Session { user: "alice".into(), token: Some("tok-1".into()) },
        Session { user: "bob".into(), token: None },
    ];
    let mut authed: Vec<&str> = Vec::new();
    for s in &sessions {
        if s.token is not None {
            authed.push(s.user.as_str());
        }
    }
    println!("authenticated: {authed:?}");
}
