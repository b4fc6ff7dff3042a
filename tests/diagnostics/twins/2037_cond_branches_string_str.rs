//! mistake: labelled dead entities with a `&str` literal in one branch of the conditional and a `String` in the other
//! offending: "<dead>"
//! category: type
struct Entity {
    name: String,
    hp: i32,
}

fn main() {
    let entities = vec![Entity { name: "slime".into(), hp: 4 }, Entity { name: "bat".into(), hp: 0 }];
    let labels: Vec<String> = entities
        .iter()
        .map(|e| if e.hp > 0 { e.name.clone() } else { "<dead>" })
        .collect();
    println!("{labels:?}");
}
