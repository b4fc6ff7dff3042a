//! mistake: reset each user's unread counter while iterating `&users`
//! offending: u.unread = 0
//! category: ownership
struct User {
    id: u64,
    unread: u32,
}

fn main() {
    let users = vec![User { id: 1, unread: 4 }, User { id: 2, unread: 0 }];
    let mut notified = Vec::new();
    for u in &users {
        if u.unread > 0 {
            u.unread = 0;
            notified.push(u.id);
        }
    }
    println!("{notified:?}");
}
