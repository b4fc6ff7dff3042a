//! mistake: a camelCase loop variable
//! offending: userName
//! category: lint
use comprehensions::comp;

fn main() {
    let users = vec![("ana", 34), ("bo", 17)];
    let greetings = comp![format!("hi {userName}") for (userName, _) in users];
    println!("{greetings:?}");
}
