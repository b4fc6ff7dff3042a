//! mistake: called `.unwrap()` on an `Option<String>` field of a borrowed session, moving it
//! offending: s.username
//! category: ownership
struct VpnSession {
    username: Option<String>,
    mfa: bool,
}

fn main() {
    let sessions = vec![
        VpnSession { username: Some("contractor7".into()), mfa: false },
        VpnSession { username: Some("alice".into()), mfa: true },
    ];
    let mut no_mfa: Vec<String> = Vec::new();
    for s in &sessions {
        if !s.mfa && s.username.is_some() {
            no_mfa.push(s.username.unwrap());
        }
    }
    println!("{no_mfa:?}");
}
