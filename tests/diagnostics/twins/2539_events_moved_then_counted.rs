//! mistake: iterated `events` by value, then used it again for the summary
//! offending: events.len()
//! category: ownership
struct AuthEvent {
    user: String,
    success: bool,
}

fn main() {
    let events = vec![
        AuthEvent { user: "root".into(), success: false },
        AuthEvent { user: "alice".into(), success: true },
    ];
    let failed_users: Vec<String> = events.into_iter().filter(|e| !e.success).map(|e| e.user).collect();
    println!("{} of {} logins failed: {failed_users:?}", failed_users.len(), events.len());
}
