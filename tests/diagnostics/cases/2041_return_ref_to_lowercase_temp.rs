//! mistake: returned `&str`s borrowed from each tag's `to_lowercase()`, a temporary `String` dropped at once
//! offending: e.tag.to_lowercase()
//! category: ownership
use comprehensions::comp;

struct Entity {
    tag: String,
}

fn tags(entities: &[Entity]) -> Vec<&str> {
    comp![e.tag.to_lowercase().as_str() for e in entities]
}

fn main() {
    let entities = vec![Entity { tag: "Enemy".into() }, Entity { tag: "NPC".into() }];
    println!("{:?}", tags(&entities));
}
