//! mistake: called `.unwrap()` on an `Option<String>` field of a borrowed session, moving it
//! offending: s.username
//! category: ownership
use comprehensions::comp;

struct VpnSession {
    username: Option<String>,
    mfa: bool,
}

fn main() {
    let sessions = vec![
        VpnSession { username: Some("contractor7".into()), mfa: false },
        VpnSession { username: Some("alice".into()), mfa: true },
    ];
    let no_mfa: Vec<String> = comp![s.username.unwrap() for s in &sessions if !s.mfa && s.username.is_some()];
    println!("{no_mfa:?}");
}
