//! mistake: iterated `events` by value, then used it again for the summary
//! offending: events.len()
//! category: ownership
use comprehensions::comp;

struct AuthEvent {
    user: String,
    success: bool,
}

fn main() {
    let events = vec![
        AuthEvent { user: "root".into(), success: false },
        AuthEvent { user: "alice".into(), success: true },
    ];
    let failed_users = comp![e.user for e in events if !e.success];
    println!("{} of {} logins failed: {failed_users:?}", failed_users.len(), events.len());
}
