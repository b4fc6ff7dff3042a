//! mistake: wrote the dict's key and value the wrong way round for a `HashMap<String, u32>`
//! offending: t.points: t.name.clone()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let table = vec![
        Standing { name: "Celtic".into(), points: 93 },
        Standing { name: "Rangers".into(), points: 86 },
    ];
    let points_by_club: HashMap<String, u32> = comp!({t.points: t.name.clone() for t in &table});
    println!("{:?}", points_by_club.get("Celtic"));
}
