//! mistake: wrote the notification text as a Python f-string
//! offending: f"{u.handle} started following you"
//! category: python-habit
use comprehensions::comp;

struct User {
    handle: String,
}

fn main() {
    let new_followers = vec![User { handle: "@kim".into() }, User { handle: "@lee".into() }];
    let notices: Vec<String> = comp![f"{u.handle} started following you" for u in &new_followers];
    println!("{notices:?}");
}
