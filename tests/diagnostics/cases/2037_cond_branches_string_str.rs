//! mistake: labelled dead entities with a `&str` literal in one branch of the conditional and a `String` in the other
//! offending: "<dead>"
//! category: type
use comprehensions::comp;

struct Entity {
    name: String,
    hp: i32,
}

fn main() {
    let entities = vec![Entity { name: "slime".into(), hp: 4 }, Entity { name: "bat".into(), hp: 0 }];
    let labels = comp![e.name.clone() if e.hp > 0 else "<dead>" for e in &entities];
    println!("{labels:?}");
}
