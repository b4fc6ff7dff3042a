//! mistake: wrote the dict's key and value the wrong way round for a `HashMap<String, u32>`
//! offending: t.points, t.name.clone()
//! category: type
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
    let mut points_by_club: HashMap<String, u32> = HashMap::new();
    for t in &table {
        points_by_club.insert(t.points, t.name.clone());
    }
    println!("{:?}", points_by_club.get("Celtic"));
}
