//! mistake: reset each user's unread counter while iterating `&users`
//! offending: u.unread = 0
//! category: ownership
use comprehensions::{comp};
struct User {
    id: u64,
    unread: u32,
}

fn main() {
    let users = vec![User { id: 1, unread: 4 }, User { id: 2, unread: 0 }];
    let notified = comp![{ u.unread = 0; u.id } for u in &users if u.unread > 0];
    println!("{notified:?}");
}
