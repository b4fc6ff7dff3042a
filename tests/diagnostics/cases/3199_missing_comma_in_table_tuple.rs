//! mistake: left out the comma between the two fields of the tuple element
//! offending: t.points)
//! category: syntax
use comprehensions::comp;

struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let table = vec![Standing { name: "Benfica".into(), points: 80 }, Standing { name: "Porto".into(), points: 72 }];
    let rows = comp![(t.name.clone() t.points) for t in &table];
    println!("{rows:?}");
}
