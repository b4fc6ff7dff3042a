//! mistake: left out the comma between the two fields of the tuple element
//! offending: t.points)
//! category: syntax
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let table = vec![Standing { name: "Benfica".into(), points: 80 }, Standing { name: "Porto".into(), points: 72 }];
    let rows: Vec<(String, u32)> = table.iter().map(|t| (t.name.clone() t.points)).collect();
    println!("{rows:?}");
}
