//! mistake: a camelCase loop variable (hand-written)
fn main() {
    let users = vec![("ana", 34), ("bo", 17)];
    let mut greetings = Vec::new();
    for (userName, _) in users {
        greetings.push(format!("hi {userName}"));
    }
    println!("{greetings:?}");
}
