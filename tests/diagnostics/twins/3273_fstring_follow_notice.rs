//! mistake: wrote the notification text as a Python f-string
//! offending: f"{u.handle} started following you"
//! category: python-habit
struct User {
    handle: String,
}

fn main() {
    let new_followers = vec![User { handle: "@kim".into() }, User { handle: "@lee".into() }];
    let notices: Vec<String> = new_followers.iter().map(|u| f"{u.handle} started following you").collect();
    println!("{notices:?}");
}
