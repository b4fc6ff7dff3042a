//! mistake: kept the sessions that have an auth token with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct Session {
    user: String,
    token: Option<String>,
}

fn main() {
    let sessions = vec![
        Session { user: "alice".into(), token: Some("tok-1".into()) },
        Session { user: "bob".into(), token: None },
    ];
    let authed: Vec<&str> = comp![s.user.as_str() for s in &sessions if s.token is not None];
    println!("authenticated: {authed:?}");
}
