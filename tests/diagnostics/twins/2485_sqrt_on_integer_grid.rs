//! mistake: took `.sqrt()` of an integer grid distance
//! offending: sqrt
//! category: type
struct Bin {
    label: &'static str,
    aisle: i32,
    bay: i32,
}

fn main() {
    let dock = (0, 0);
    let bins = vec![Bin { label: "A-03", aisle: 3, bay: 4 }, Bin { label: "F-12", aisle: 12, bay: 5 }];
    let mut walk = Vec::new();
    for b in &bins {
        walk.push((b.label, ((b.aisle - dock.0).pow(2) + (b.bay - dock.1).pow(2)).sqrt()));
    }
    println!("{walk:?}");
}
