//! mistake: returned `&str`s borrowed from each tag's `to_lowercase()`, a temporary `String` dropped at once
//! offending: e.tag.to_lowercase()
//! category: ownership
struct Entity {
    tag: String,
}

fn tags(entities: &[Entity]) -> Vec<&str> {
    entities.iter().map(|e| e.tag.to_lowercase().as_str()).collect()
}

fn main() {
    let entities = vec![Entity { tag: "Enemy".into() }, Entity { tag: "NPC".into() }];
    println!("{:?}", tags(&entities));
}
